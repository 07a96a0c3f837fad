using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// Builds an unruled form (绩效自评表, 基本情况表 and the like): sections whose labels span rows,
/// columns that change from one section to the next, wrapped cells centred on their row. Zones
/// without such merged labels are left to the line-based stream builder.
/// </summary>
internal static class FormTableBuilder
{
    private const int MinRows = 3;

    /// <summary>Deepest header of a plain table: a top-left label spanning more rows is a form section.</summary>
    private const int MaxHeaderRows = 3;

    public static DetectedTable? TryBuild(StreamZone zone)
    {
        var blocks = FormBlockBuilder.Build(zone);
        if (blocks.Count < 4) return null;
        var rowBounds = FormRowFinder.Assign(blocks, out var floating);
        var rows = rowBounds.Count - 1;
        if (rows < MinRows || !HasSectionLabel(blocks, floating)) return null;
        var columns = FormColumns.Find(blocks, rows);
        FormSpanFitter.Fit(blocks, columns, rows);
        FormRowSpanner.Extend(blocks, rowBounds, columns.Count);
        var cells = blocks
            .OrderBy(b => b.Row).ThenBy(b => b.Col)
            .Select(b => new DetectedCell(b.Row, b.Col, b.RowSpan, b.ColSpan, b.Box) { Text = b.Text })
            .ToList();
        var box = blocks.Aggregate(Box.Empty, (acc, b) => acc.Union(b.Box));
        return new DetectedTable(box, GridKind.Form, cells) { ColumnBounds = columns.Bounds, RowBounds = rowBounds };
    }

    /// <summary>
    /// A worded label at the form's left edge spanning several rows below the first (or more than a header's depth): the 一、二、三
    /// sections of a form. Header cells of a plain table span rows only at the top; chart labels
    /// float anywhere.
    /// </summary>
    private static bool HasSectionLabel(List<FormBlock> blocks, List<FormBlock> floating)
    {
        var left = blocks.Min(b => b.Box.Left);
        return floating.Any(b => (b.Row > 0 && b.RowSpan > 1 || b.RowSpan > MaxHeaderRows) && !b.IsAmount && b.Box.Left - left <= b.Size);
    }
}
