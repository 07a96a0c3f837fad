namespace ReportIngest.Core.Facts;

/// <summary>
/// The half of a two-sided table (收支总表, 财政拨款收支总表: 收入 on the left, 支出 on the right) a column belongs
/// to; <see cref="None"/> in a one-sided table. The database spells it only as the measure's namespace
/// (<c>income.</c>, <c>expenditure.</c>), see <see cref="MeasureKey.OfSide"/>.
/// </summary>
public enum TableSide
{
    None,
    Income,
    Expenditure,
}
