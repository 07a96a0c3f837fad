namespace ReportIngest.Core.Facts;

/// <summary>
/// The namespace a measure key is read in: the two sides of a two-sided table (<c>income.</c>, <c>expenditure.</c>),
/// or the 预算数 a final account prints beside its 决算数 (<c>budget.</c>). Amounts only add up within one namespace.
/// </summary>
public enum MeasureNamespace
{
    None,
    Income,
    Expenditure,
    Budget,
}
