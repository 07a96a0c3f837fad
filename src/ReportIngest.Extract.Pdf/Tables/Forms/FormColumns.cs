namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// Columns of an unruled form: every gap between neighbouring cells of a row hides a ruling, and
/// rulings are shared across rows, so the columns come from the fewest cut positions that fall in
/// every row's gaps (interval stabbing). Each cut sits in the middle of the gaps it serves.
/// </summary>
internal sealed class FormColumns
{
    private FormColumns(List<double> bounds, List<double> textStarts, List<double> textEnds)
    {
        Bounds = bounds;
        TextStarts = textStarts;
        TextEnds = textEnds;
    }

    /// <summary>Column bounds, left to right, one more than the columns.</summary>
    public List<double> Bounds { get; }

    /// <summary>Per column, where its leftmost text starts: left-aligned cells start here.</summary>
    public List<double> TextStarts { get; }

    /// <summary>Per column, where its rightmost text ends.</summary>
    public List<double> TextEnds { get; }

    public int Count => Bounds.Count - 1;

    public static FormColumns Find(List<FormBlock> blocks, int rowCount)
    {
        var gaps = new List<(double Left, double Right)>();
        for (var row = 0; row < rowCount; row++)
        {
            var inRow = blocks.Where(b => b.Covers(row)).OrderBy(b => b.Box.Left).ToList();
            var reach = double.MinValue;
            for (var k = 1; k < inRow.Count; k++)
            {
                reach = Math.Max(reach, inRow[k - 1].Box.Right);
                if (inRow[k].Box.Left > reach) gaps.Add((reach, inRow[k].Box.Left));
            }
        }
        gaps.Sort((a, b) => a.Right.CompareTo(b.Right));
        var cuts = new List<(double TextEnd, double TextStart)>();
        foreach (var gap in gaps)
        {
            if (cuts.Count > 0 && gap.Left <= cuts[^1].TextStart)
                cuts[^1] = (Math.Max(cuts[^1].TextEnd, gap.Left), cuts[^1].TextStart);
            else cuts.Add((gap.Left, gap.Right));
        }
        var left = blocks.Min(b => b.Box.Left);
        var right = blocks.Max(b => b.Box.Right);
        // The outer rulings lie as far beyond the text as the inner ones do, on average.
        var padding = cuts.Count > 0 ? cuts.Average(c => (c.TextStart - c.TextEnd) / 2) : 0;
        var bounds = new List<double> { left - padding };
        bounds.AddRange(cuts.Select(c => (c.TextEnd + c.TextStart) / 2));
        bounds.Add(right + padding);
        var starts = new List<double> { left };
        starts.AddRange(cuts.Select(c => c.TextStart));
        var ends = cuts.Select(c => c.TextEnd).ToList();
        ends.Add(right);
        return new FormColumns(bounds, starts, ends);
    }

    /// <summary>Index of the column holding x.</summary>
    public int ColumnOf(double x)
    {
        var col = 0;
        while (col + 1 < Count && Bounds[col + 1] <= x) col++;
        return col;
    }
}
