namespace ReportIngest.Core.Tables;

/// <summary>
/// A reconstructed table: one logical table of the report with its title, unit, pages and the full
/// grid (header rows first), its header tree resolved per column, and the body rows below the header.
/// </summary>
public sealed record Table
{
    /// <summary>0-based position of the table in the document.</summary>
    public required int Index { get; init; }
    public required string Title { get; init; }
    /// <summary>The printed amount unit ("万元", "元"), or null when none was printed.</summary>
    public string? Unit { get; init; }
    /// <summary>1-based pages the table spans; empty for text input.</summary>
    public IReadOnlyList<int> Pages { get; init; } = [];
    /// <summary>Lines printed between the title and the grid (编制单位, 公开01表, the unit line…).</summary>
    public IReadOnlyList<string> Context { get; init; } = [];
    public required int HeaderRowCount { get; init; }
    public required int RowCount { get; init; }
    public required int ColCount { get; init; }
    /// <summary>All cells, header rows included, with spans.</summary>
    public required IReadOnlyList<TableCell> Cells { get; init; }
    /// <summary>For each column, its header labels from the top header row down (科目编码 → 类).</summary>
    public required IReadOnlyList<ColumnHeader> Columns { get; init; }
    /// <summary>1-based source text line or page where the table starts (for messages).</summary>
    public int? FirstLine { get; init; }

    public IEnumerable<TableCell> Row(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Col);

    public string Text(int row, int col) =>
        Cells.FirstOrDefault(c => c.Row <= row && row < c.Row + c.RowSpan && c.Col <= col && col < c.Col + c.ColSpan)?.Text ?? "";
}
