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
        var merged = new List<Ruling>();
        foreach (var horizontal in new[] { true, false })
        {
            var sorted = rulings.Where(r => r.IsHorizontal == horizontal).OrderBy(r => r.Position).ToList();
            var i = 0;
            while (i < sorted.Count)
            {
                // One band of nearly equal positions, then merge intervals along the axis.
                var j = i;
                while (j + 1 < sorted.Count && sorted[j + 1].Position - sorted[i].Position <= PositionTolerance) j++;
                var band = sorted.GetRange(i, j - i + 1);
                band.Sort((a, b) => a.Start.CompareTo(b.Start));
                var cur = band[0];
                double weighted = cur.Position * Math.Max(cur.Length, 0.1), weight = Math.Max(cur.Length, 0.1);
                for (var k = 1; k < band.Count; k++)
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
                i = j + 1;
            }
        }
        return merged;
    }

    private static void Add(List<Ruling> merged, Ruling ruling, double minLength)
    {
        if (ruling.Length >= minLength) merged.Add(ruling);
    }
}
