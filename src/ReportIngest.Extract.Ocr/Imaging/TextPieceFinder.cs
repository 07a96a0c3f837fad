namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>
/// Cuts the text of a page image (its ruling lines removed) into single-line pieces by projection profiles: bands of
/// rows with ink, split where a column gap is wider than a word space or a vertical ruling runs through, then each
/// piece split into its own lines; then the parts of one character or one letter-spaced heading joined again. Tesseract then reads each piece as one line, which it does far better on
/// table cells than page segmentation does.
/// </summary>
internal static class TextPieceFinder
{
    /// <summary>A gap wider than this (inches, about 6 pt) separates pieces on one line: wider than a word space.</summary>
    private const double GapInches = 0.08;

    /// <summary>A line band thinner than this share of its tallest neighbour is part of it (the strokes of 三, 二).</summary>
    private const double ThinLineShare = 0.5;

    /// <summary>Pieces with fewer inked pixels than this are specks.</summary>
    private const int MinInk = 10;

    public static List<PixelBox> Find(BitMask text, IReadOnlyList<PixelRule> rules, int dpi)
    {
        var gap = Math.Max(4, (int)(GapInches * dpi));
        var verticals = rules.Where(r => !r.IsHorizontal).ToList();
        var pieces = new List<PixelBox>();
        foreach (var band in Lines(text, new PixelBox(0, 0, text.Width, text.Height), dpi))
            foreach (var blob in Split(text, band, gap, verticals))
                foreach (var line in Lines(text, blob, dpi))
                    pieces.AddRange(Split(text, line, gap, verticals));
        pieces = PieceJoiner.JoinLetterSpaced(PieceJoiner.JoinStacked(pieces), verticals);
        return pieces.Where(p => InkIn(text, p) >= MinInk).ToList();
    }

    /// <summary>Runs of rows with ink inside the box, thin runs joined to their nearest neighbour; each tightened to its ink.</summary>
    private static List<PixelBox> Lines(BitMask text, PixelBox box, int dpi)
    {
        var runs = new List<(int Top, int Bottom)>();
        var y = box.Top;
        while (y < box.Bottom)
        {
            if (!RowHasInk(text, y, box.Left, box.Right))
            {
                y++;
                continue;
            }
            var top = y;
            while (y < box.Bottom && RowHasInk(text, y, box.Left, box.Right)) y++;
            runs.Add((top, y));
        }
        JoinBroken(runs, dpi);
        JoinThin(runs);
        return runs.Select(r => Tighten(text, new PixelBox(box.Left, r.Top, box.Right, r.Bottom))).Where(b => b.Width > 0).ToList();
    }

    /// <summary>
    /// Runs a pixel or two apart (at 300 dpi) are one line whose characters broke up in the scan: the bar of a thin
    /// 7 or 5 parted from its stem. Wrapped lines are set much further apart.
    /// </summary>
    private static void JoinBroken(List<(int Top, int Bottom)> runs, int dpi)
    {
        var broken = Math.Max(1, dpi / 150);
        for (var i = runs.Count - 1; i > 0; i--)
        {
            if (runs[i].Top - runs[i - 1].Bottom > broken) continue;
            runs[i - 1] = (runs[i - 1].Top, runs[i].Bottom);
            runs.RemoveAt(i);
        }
    }

    private static void JoinThin(List<(int Top, int Bottom)> runs)
    {
        for (var changed = true; changed && runs.Count > 1;)
        {
            changed = false;
            for (var i = 0; i < runs.Count; i++)
            {
                var height = runs[i].Bottom - runs[i].Top;
                var above = i > 0 ? runs[i - 1] : default;
                var below = i + 1 < runs.Count ? runs[i + 1] : default;
                var neighbour = Math.Max(above.Bottom - above.Top, below.Bottom - below.Top);
                if (height >= ThinLineShare * neighbour) continue;
                var gapAbove = i > 0 ? runs[i].Top - above.Bottom : int.MaxValue;
                var gapBelow = i + 1 < runs.Count ? below.Top - runs[i].Bottom : int.MaxValue;
                // Joined only when the gap is smaller than the taller line: the stroke belongs to a character there.
                if (gapAbove <= gapBelow && gapAbove < above.Bottom - above.Top)
                {
                    runs[i - 1] = (above.Top, runs[i].Bottom);
                    runs.RemoveAt(i);
                    changed = true;
                    break;
                }
                if (gapBelow < gapAbove && gapBelow < below.Bottom - below.Top)
                {
                    runs[i + 1] = (runs[i].Top, below.Bottom);
                    runs.RemoveAt(i);
                    changed = true;
                    break;
                }
            }
        }
    }

    /// <summary>Splits a line box where the columns without ink are wider than <paramref name="gap"/>, or at a vertical ruling.</summary>
    private static List<PixelBox> Split(BitMask text, PixelBox box, int gap, List<PixelRule> verticals)
    {
        // A ruling only separates where it runs beside most of the line, not where it merely starts below the line's edge.
        var walls = verticals
            .Where(r => Math.Min(r.End, box.Bottom) - Math.Max(r.Start, box.Top) > box.Height / 2 && r.Position > box.Left && r.Position < box.Right)
            .Select(r => (int)Math.Round(r.Position)).ToHashSet();
        var pieces = new List<PixelBox>();
        int? start = null;
        var lastInk = 0;
        for (var x = box.Left; x < box.Right; x++)
        {
            if (start is not null && (x - lastInk > gap || walls.Contains(x)))
            {
                pieces.Add(box with { Left = start.Value, Right = lastInk + 1 });
                start = null;
            }
            if (!ColumnHasInk(text, x, box.Top, box.Bottom)) continue;
            start ??= x;
            lastInk = x;
        }
        if (start is not null) pieces.Add(box with { Left = start.Value, Right = lastInk + 1 });
        return pieces;
    }

    private static PixelBox Tighten(BitMask text, PixelBox box)
    {
        int left = box.Right, right = box.Left;
        for (var x = box.Left; x < box.Right; x++)
        {
            if (!ColumnHasInk(text, x, box.Top, box.Bottom)) continue;
            left = Math.Min(left, x);
            right = x + 1;
        }
        return right > left ? box with { Left = left, Right = right } : box with { Right = box.Left };
    }

    private static bool RowHasInk(BitMask text, int y, int left, int right)
    {
        for (var x = left; x < right; x++)
            if (text[x, y]) return true;
        return false;
    }

    private static bool ColumnHasInk(BitMask text, int x, int top, int bottom)
    {
        for (var y = top; y < bottom; y++)
            if (text[x, y]) return true;
        return false;
    }

    private static int InkIn(BitMask text, PixelBox box)
    {
        var count = 0;
        for (var y = box.Top; y < box.Bottom; y++)
            for (var x = box.Left; x < box.Right; x++)
                if (text[x, y]) count++;
        return count;
    }
}
