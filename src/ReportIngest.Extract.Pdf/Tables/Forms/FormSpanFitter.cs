namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// Widens form cells over the empty column slots of their row, the way the ruled form merged
/// them. Without rulings the text alone tells: a label centred over several columns spans them,
/// an amount set flush right reaches back to its left neighbour, a left-aligned text runs on to
/// its right neighbour. A cell centred in the columns it already covers keeps them. Centred and
/// right-aligned cells go first: a left-aligned label before an amount leaves it its columns.
/// </summary>
internal static class FormSpanFitter
{
    /// <summary>How close to its column's text start a cell must begin to be left-aligned, in font sizes.</summary>
    private const double FlushShare = 0.25;

    /// <summary>Smallest tolerance for centring, in font sizes; wide ranges allow a little more.</summary>
    private const double CentredShare = 0.75;
    private const double CentredWidthShare = 0.06;

    public static void Fit(List<FormBlock> blocks, FormColumns columns, int rowCount)
    {
        foreach (var block in blocks)
        {
            block.Col = columns.ColumnOf(block.Box.Left + 0.1);
            block.ColSpan = Math.Max(block.Col, columns.ColumnOf(block.Box.Right - 0.1)) - block.Col + 1;
        }
        for (var row = 0; row < rowCount; row++)
        {
            var inRow = blocks.Where(b => b.Covers(row)).OrderBy(b => b.Col).ToList();
            foreach (var leftAligned in new[] { false, true })
                for (var k = 0; k < inRow.Count; k++)
                {
                    var block = inRow[k];
                    if (block.RowSpan > 1 || IsLeftAligned(block, columns) != leftAligned) continue;
                    var lo = k > 0 ? inRow[k - 1].Col + inRow[k - 1].ColSpan : 0;
                    var hi = k + 1 < inRow.Count ? inRow[k + 1].Col - 1 : columns.Count - 1;
                    if (lo > block.Col || hi < block.Col + block.ColSpan - 1) continue;
                    if (leftAligned) block.ColSpan = hi - block.Col + 1;
                    else Centre(block, columns, lo, hi);
                }
        }
    }

    /// <summary>
    /// Starts where its column's text starts. An amount centred in its column is not left-aligned
    /// even then; a label is, since short labels sit near the middle of narrow columns anyway.
    /// </summary>
    private static bool IsLeftAligned(FormBlock block, FormColumns columns)
    {
        if (Math.Abs(block.Box.Left - columns.TextStarts[block.Col]) > FlushShare * block.Size) return false;
        var last = block.Col + block.ColSpan - 1;
        return !block.IsAmount || CentringMiss(block, columns, block.Col, last) > Tolerance(block, columns, block.Col, last);
    }

    private static void Centre(FormBlock block, FormColumns columns, int lo, int hi)
    {
        var first = block.Col;
        var last = block.Col + block.ColSpan - 1;
        if (CentringMiss(block, columns, first, last) <= Tolerance(block, columns, first, last)) return;
        var best = (First: first, Last: last, Miss: double.MaxValue);
        for (var a = lo; a <= first; a++)
        for (var b = last; b <= hi; b++)
        {
            var miss = CentringMiss(block, columns, a, b);
            if (miss < best.Miss) best = (a, b, miss);
        }
        if (best.Miss <= Tolerance(block, columns, best.First, best.Last))
        {
            (block.Col, block.ColSpan) = (best.First, best.Last - best.First + 1);
            return;
        }
        var flushRight = columns.TextEnds[last] - block.Box.Right <= FlushShare * block.Size;
        if (flushRight && block.IsAmount) (block.Col, block.ColSpan) = (lo, last - lo + 1);
    }

    private static double CentringMiss(FormBlock block, FormColumns columns, int first, int last) =>
        Math.Abs(block.Box.CenterX - (columns.Bounds[first] + columns.Bounds[last + 1]) / 2);

    private static double Tolerance(FormBlock block, FormColumns columns, int first, int last) =>
        Math.Max(CentredShare * block.Size, CentredWidthShare * (columns.Bounds[last + 1] - columns.Bounds[first]));
}
