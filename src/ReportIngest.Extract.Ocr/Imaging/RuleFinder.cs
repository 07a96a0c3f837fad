namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>
/// Ruling lines in a binarised page image by run detection (a morphological opening with a long line element, done
/// as run lengths): runs of ink longer than any stroke of text, stacked a few pixels thick, are lines. Their pixels
/// come back as a mask, so the text can be read without them.
/// </summary>
internal static class RuleFinder
{
    /// <summary>Shortest line, in inches: longer than any stroke of a character at title sizes (up to about 22 pt).</summary>
    private const double MinHorizontalInches = 0.35;
    private const double MinVerticalInches = 0.3;

    /// <summary>Pixels either side of a line that are taken out with it: its anti-aliased fringe would read as specks.</summary>
    private const int Fringe = 2;

    /// <summary>Thickest line, in inches (3 pt); thicker runs are filled areas.</summary>
    private const double MaxThicknessInches = 0.04;

    /// <summary>Breaks in a scanned line this short (pixels) are bridged.</summary>
    private const int MaxGap = 2;

    public static (List<PixelRule> Rules, BitMask Mask) Find(BitMask ink, int dpi)
    {
        var mask = new BitMask(ink.Width, ink.Height);
        var maxThickness = Math.Max(2, (int)(MaxThicknessInches * dpi));
        var rules = new List<PixelRule>();
        rules.AddRange(FindAlong(ink, mask, horizontal: true, (int)(MinHorizontalInches * dpi), maxThickness));
        rules.AddRange(FindAlong(ink, mask, horizontal: false, (int)(MinVerticalInches * dpi), maxThickness));
        return (rules, mask);
    }

    private static List<PixelRule> FindAlong(BitMask ink, BitMask mask, bool horizontal, int minLength, int maxThickness)
    {
        var across = horizontal ? ink.Height : ink.Width;
        var along = horizontal ? ink.Width : ink.Height;
        bool At(int a, int c) => horizontal ? ink[a, c] : ink[c, a];

        var open = new List<RunStack>();
        var finished = new List<RunStack>();
        for (var c = 0; c < across; c++)
        {
            foreach (var (start, end) in Runs(At, c, along, minLength))
            {
                var stack = open.FirstOrDefault(s => s.Last == c - 1 && s.Overlaps(start, end));
                if (stack is null) open.Add(stack = new RunStack(c));
                stack.Add(c, start, end);
            }
            for (var i = open.Count - 1; i >= 0; i--)
                if (open[i].Last < c - 1)
                {
                    finished.Add(open[i]);
                    open.RemoveAt(i);
                }
        }
        finished.AddRange(open);

        var rules = new List<PixelRule>();
        foreach (var stack in finished.Where(s => s.Thickness <= maxThickness))
        {
            rules.Add(new PixelRule(horizontal, stack.Centre, stack.Start, stack.End));
            foreach (var (c, start, end) in stack.Runs)
                for (var cc = Math.Max(0, c - Fringe); cc <= Math.Min(across - 1, c + Fringe); cc++)
                    for (var a = start; a < end; a++)
                        if (horizontal) mask[a, cc] = true;
                        else mask[cc, a] = true;
        }
        return rules;
    }

    /// <summary>Runs of ink at least <paramref name="minLength"/> long along line <paramref name="c"/>, small breaks bridged.</summary>
    private static IEnumerable<(int Start, int End)> Runs(Func<int, int, bool> at, int c, int along, int minLength)
    {
        var a = 0;
        while (a < along)
        {
            if (!at(a, c))
            {
                a++;
                continue;
            }
            var start = a;
            var end = a + 1;
            var gap = 0;
            for (a++; a < along && gap <= MaxGap; a++)
            {
                if (at(a, c))
                {
                    end = a + 1;
                    gap = 0;
                }
                else gap++;
            }
            a = end;
            if (end - start >= minLength) yield return (start, end);
        }
    }

    /// <summary>Long runs on consecutive rows (or columns) that overlap: one line, as thick as the stack is tall.</summary>
    private sealed class RunStack(int first)
    {
        public List<(int C, int Start, int End)> Runs { get; } = [];
        public int First { get; } = first;
        public int Last { get; private set; } = first;
        public int Start { get; private set; } = int.MaxValue;
        public int End { get; private set; }
        public int Thickness => Last - First + 1;
        public double Centre => (First + Last) / 2.0;

        public bool Overlaps(int start, int end) => Math.Min(end, End) - Math.Max(start, Start) > 0;

        public void Add(int c, int start, int end)
        {
            Runs.Add((c, start, end));
            Last = c;
            Start = Math.Min(Start, start);
            End = Math.Max(End, end);
        }
    }
}
