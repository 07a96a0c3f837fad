using System.Buffers;

namespace ReportIngest.Extract.Pdf.Rulings;

/// <summary>
/// Joins collinear rulings that touch or overlap (within tolerances), which turns dashed lines,
/// lines drawn cell by cell and doubled borders into single rulings.
/// </summary>
internal static class RulingMerger
{
    /// <summary>Rulings this close across their axis (points) are the same line.</summary>
    public const double PositionTolerance = 1.5;

    /// <summary>Pieces separated by at most this gap (points) along the axis are joined: dash gaps, joints.</summary>
    public const double GapTolerance = 3.0;

    public static List<Ruling> Merge(IEnumerable<Ruling> rulings, double minLength = 3.0)
    {
        var all = rulings as List<Ruling> ?? rulings.ToList();
        var merged = new List<Ruling>();
        var sorted = ArrayPool<Positioned>.Shared.Rent(Math.Max(1, all.Count));
        var band = ArrayPool<Ruling>.Shared.Rent(Math.Max(1, all.Count));
        foreach (var horizontal in (ReadOnlySpan<bool>)[true, false])
        {
            var count = 0;
            foreach (var r in all)
                if (r.IsHorizontal == horizontal) sorted[count] = new Positioned(r, count++);
            sorted.AsSpan(0, count).Sort();
            var i = 0;
            while (i < count)
            {
                // One band of nearly equal positions, then merge intervals along the axis.
                var j = i;
                while (j + 1 < count && sorted[j + 1].Ruling.Position - sorted[i].Ruling.Position <= PositionTolerance) j++;
                var length = j - i + 1;
                for (var k = 0; k < length; k++) band[k] = sorted[i + k].Ruling;
                MergeBand(band.AsSpan(0, length), merged, minLength);
                i = j + 1;
            }
        }
        ArrayPool<Positioned>.Shared.Return(sorted);
        ArrayPool<Ruling>.Shared.Return(band);
        return merged;
    }

    private static void MergeBand(Span<Ruling> band, List<Ruling> merged, double minLength)
    {
        band.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var cur = band[0];
        double weighted = cur.Position * Math.Max(cur.Length, 0.1), weight = Math.Max(cur.Length, 0.1);
        for (var k = 1; k < band.Length; k++)
        {
            var next = band[k];
            if (next.Start <= cur.End + GapTolerance)
            {
                cur = cur with { End = Math.Max(cur.End, next.End) };
                weighted += next.Position * Math.Max(next.Length, 0.1);
                weight += Math.Max(next.Length, 0.1);
            }
            else
            {
                Add(merged, cur with { Position = weighted / weight }, minLength);
                cur = next;
                weighted = cur.Position * Math.Max(cur.Length, 0.1);
                weight = Math.Max(cur.Length, 0.1);
            }
        }
        Add(merged, cur with { Position = weighted / weight }, minLength);
    }

    /// <summary>A ruling with its place among those of its direction: sorted by position, ties in that order (a stable sort).</summary>
    private readonly record struct Positioned(Ruling Ruling, int Index) : IComparable<Positioned>
    {
        public int CompareTo(Positioned other)
        {
            var c = Ruling.Position.CompareTo(other.Ruling.Position);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    private static void Add(List<Ruling> merged, Ruling ruling, double minLength)
    {
        if (ruling.Length >= minLength) merged.Add(ruling);
    }
}
