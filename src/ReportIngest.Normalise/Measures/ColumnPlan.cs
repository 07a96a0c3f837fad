using ReportIngest.Core.Facts;

namespace ReportIngest.Normalise.Measures;

/// <summary>How one column is read: its kind, its measure key (amount columns) and its side (two-sided tables).</summary>
public sealed record ColumnPlan(int Col, ColumnKind Kind, string? Measure, TableSide Side, string HeaderText)
{
    /// <summary>Which of the side-by-side repeats of label and amount columns this column belongs to (0 for most tables).</summary>
    public int Band { get; init; }

    public bool IsMappedAmount => Kind == ColumnKind.Amount && Measure is not null;
}
