namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// A one-line cell centred on the middle of several merged rows shares its centre with a row in
/// between and so first lands in that row alone. When the slots above and below it are empty, it
/// is widened over the longest run of them whose middle is its centre.
/// </summary>
internal static class FormRowSpanner
{
    /// <summary>How far the run's middle may lie from the cell's centre, in font sizes.</summary>
    private const double CentredShare = 0.5;

    public static void Extend(List<FormBlock> blocks, List<double> rowBounds, int columnCount)
    {
        var rows = rowBounds.Count - 1;
        var taken = new bool[rows, columnCount];
        foreach (var b in blocks) Mark(taken, b);
        foreach (var block in blocks.Where(b => b.RowSpan == 1))
        {
            var first = block.Row;
            while (first > 0 && Free(taken, first - 1, block)) first--;
            var last = block.Row;
            while (last + 1 < rows && Free(taken, last + 1, block)) last++;
            if (first == last) continue;
            var run = FormRowFinder.CentredRun(rowBounds, first, block.Row, last, block.CentreY, CentredShare * block.Size);
            if (run.Centred) (block.Row, block.RowSpan) = (run.Start, run.End - run.Start + 1);
            Mark(taken, block);
        }
    }

    private static bool Free(bool[,] taken, int row, FormBlock block)
    {
        for (var c = block.Col; c < block.Col + block.ColSpan; c++)
            if (taken[row, c]) return false;
        return true;
    }

    private static void Mark(bool[,] taken, FormBlock block)
    {
        for (var r = block.Row; r < block.Row + block.RowSpan; r++)
        for (var c = block.Col; c < block.Col + block.ColSpan; c++)
            taken[r, c] = true;
    }
}
