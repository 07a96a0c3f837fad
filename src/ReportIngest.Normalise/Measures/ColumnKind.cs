namespace ReportIngest.Normalise.Measures;

/// <summary>The part a column plays when rows are read.</summary>
public enum ColumnKind
{
    Ignored,
    Code,
    Name,
    Amount,
}
