namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// A one-line cell centred on the middle of several merged rows shares its centre with the middle
/// row and so first lands in that row alone. When the slots above and below it are empty in
/// equal numbers, it is widened over them.
/// </summary>
internal static class FormRowSpanner
{
    /// <summary>How far the span's middle may lie from the cell's centre, in font sizes.</summary>
    private const double CentredShare = 0.5;

    public static void Extend(List<FormBlock> blocks, List<double> rowBounds, int columnCount)
    {
        var rows = rowBounds.Count - 1;
        var taken = new bool[rows, columnCount];
        foreach (var b in blocks)
            for (var r = b.Row; r < b.Row + b.RowSpan; r++)
            for (var c = b.Col; c < b.Col + b.ColSpan; c++)
                taken[r, c] = true;
        bool Free(int row, FormBlock b)
        {
            for (var c = b.Col; c < b.Col + b.ColSpan; c++)
                if (taken[row, c]) return false;
            return true;
        }
        foreach (var block in blocks.Where(b => b.RowSpan == 1))
        {
            var reach = 0;
            while (block.Row - reach - 1 >= 0 && block.Row + reach + 1 < rows && Free(block.Row - reach - 1, block) && Free(block.Row + reach + 1, block))
                reach++;
            if (reach == 0) continue;
            var middle = (rowBounds[block.Row - reach] + rowBounds[block.Row + reach + 1]) / 2;
            if (Math.Abs(middle - block.CentreY) > CentredShare * block.Size) continue;
            (block.Row, block.RowSpan) = (block.Row - reach, 2 * reach + 1);
            for (var r = block.Row; r < block.Row + block.RowSpan; r++)
            for (var c = block.Col; c < block.Col + block.ColSpan; c++)
                taken[r, c] = true;
        }
    }
}
