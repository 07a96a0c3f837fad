namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// Rows of an unruled form. Cells of one row share a vertical centre (a wrapped cell is centred
/// on its row like its one-line neighbours), so rows are the centres that several blocks share.
/// A label that shares its centre with nothing and overlaps such a row is a merged cell drawn
/// centred over the rows it spans: it gets the run of rows around it whose middle is nearest
/// its own.
/// </summary>
internal static class FormRowFinder
{
    /// <summary>Centres closer than this share of the font size are one row.</summary>
    private const double SameRowShare = 0.25;

    /// <summary>Vertical overlap, as a share of the font size, that makes a lone block part of another row.</summary>
    private const double OverlapShare = 0.05;

    /// <summary>How far a run of rows may have its middle from a spanning label's centre, in font sizes.</summary>
    private const double CentredShare = 0.75;

    /// <summary>Assigns Row and RowSpan to every block; returns the row bounds, top to bottom (one more than the rows).</summary>
    public static List<double> Assign(List<FormBlock> blocks, out List<FormBlock> floating)
    {
        var clusters = Cluster(blocks);
        var anchored = new List<List<FormBlock>>();
        floating = new List<FormBlock>();
        var sandwiched = clusters.Where(c => IsSandwiched(c, clusters)).ToHashSet();
        foreach (var cluster in clusters.OrderByDescending(c => c.Count).ThenBy(c => Extent(c).Top))
        {
            if (sandwiched.Contains(cluster) || OverlapsAny(anchored, cluster, OverlapShare * MaxSize(cluster)))
                floating.AddRange(cluster);
            else anchored.Add(cluster);
        }
        anchored.Sort((a, b) => Extent(a).Top.CompareTo(Extent(b).Top));
        var bounds = Bounds(anchored);
        for (var row = 0; row < anchored.Count; row++)
            foreach (var block in anchored[row])
                (block.Row, block.RowSpan) = (row, 1);
        SpanFloating(floating.OrderBy(b => b.Box.Top).ToList(), anchored, bounds);
        return bounds;
    }

    private static List<List<FormBlock>> Cluster(List<FormBlock> blocks)
    {
        var clusters = new List<List<FormBlock>>();
        foreach (var block in blocks.OrderBy(b => b.CentreY))
        {
            var last = clusters.Count > 0 ? clusters[^1] : null;
            if (last is not null && block.CentreY - last[0].CentreY <= SameRowShare * Math.Max(block.Size, last[0].Size)) last.Add(block);
            else clusters.Add([block]);
        }
        return clusters;
    }

    private static bool OverlapsAny(List<List<FormBlock>> rows, List<FormBlock> cluster, double least)
    {
        foreach (var row in rows)
            if (Overlap(row, cluster) > least) return true;
        return false;
    }

    private static double Overlap(List<FormBlock> a, List<FormBlock> b)
    {
        var (ta, ba) = Extent(a);
        var (tb, bb) = Extent(b);
        return Math.Min(ba, bb) - Math.Max(ta, tb);
    }

    /// <summary>
    /// Cells centred between two stacked rows beside them (一级指标 … beside 预期指标值 over 符号/值/单位)
    /// span both, however many of them there are: two clusters in the cluster's band, one above its
    /// centre and one below, clear of its cells horizontally.
    /// </summary>
    private static bool IsSandwiched(List<FormBlock> cluster, List<List<FormBlock>> clusters)
    {
        var size = MaxSize(cluster);
        var centre = cluster[0].CentreY;
        var (top, bottom) = Extent(cluster);
        List<List<FormBlock>>? above = null, below = null;
        foreach (var other in clusters)
        {
            if (ReferenceEquals(other, cluster)) continue;
            var (otherTop, otherBottom) = Extent(other);
            if (!(Math.Min(otherBottom, bottom) - Math.Max(otherTop, top) > OverlapShare * size) || AnyOverlapHorizontally(other, cluster)) continue;
            if (other[0].CentreY < centre - SameRowShare * size) (above ??= []).Add(other);
            else if (other[0].CentreY > centre + SameRowShare * size) (below ??= []).Add(other);
        }
        if (above is null || below is null) return false;
        foreach (var a in above)
        foreach (var b in below)
            if (Overlap(a, b) <= 0 && AnyOverlapHorizontally(a, b)) return true;
        return false;
    }

    private static bool AnyOverlapHorizontally(List<FormBlock> a, List<FormBlock> b)
    {
        foreach (var x in a)
        foreach (var y in b)
            if (x.Box.HorizontalOverlap(y.Box) > 0) return true;
        return false;
    }

    /// <summary>Top of the highest block and bottom of the lowest (the first of equal values, as Min and Max keep).</summary>
    private static (double Top, double Bottom) Extent(List<FormBlock> row)
    {
        double top = row[0].Box.Top, bottom = row[0].Box.Bottom;
        foreach (var b in row)
        {
            if (b.Box.Top < top) top = b.Box.Top;
            if (b.Box.Bottom > bottom) bottom = b.Box.Bottom;
        }
        return (top, bottom);
    }

    private static double MaxSize(List<FormBlock> blocks)
    {
        var size = blocks[0].Size;
        foreach (var b in blocks)
            if (b.Size > size) size = b.Size;
        return size;
    }

    /// <summary>Row bounds halfway between neighbouring rows; the outer ones half a typical gap beyond the text.</summary>
    private static List<double> Bounds(List<List<FormBlock>> rows)
    {
        var extents = rows.Select(Extent).ToList();
        var gaps = new List<double>();
        for (var k = 1; k < extents.Count; k++) gaps.Add(Math.Max(0, extents[k].Top - extents[k - 1].Bottom));
        var halfGap = gaps.Count > 0 ? gaps.Order().ElementAt(gaps.Count / 2) / 2 : 0;
        var bounds = new List<double> { extents[0].Top - halfGap };
        for (var k = 1; k < extents.Count; k++) bounds.Add((extents[k - 1].Bottom + extents[k].Top) / 2);
        bounds.Add(extents[^1].Bottom + halfGap);
        return bounds;
    }

    private static void SpanFloating(List<FormBlock> floating, List<List<FormBlock>> rows, List<double> bounds)
    {
        var taken = new List<FormBlock>();
        for (var i = 0; i < floating.Count; i++)
        {
            var block = floating[i];
            bool Free(int row) =>
                rows[row].All(b => b.Box.HorizontalOverlap(block.Box) <= 0) &&
                taken.All(t => t.Box.HorizontalOverlap(block.Box) <= 0 || row < t.Row || row >= t.Row + t.RowSpan);
            var home = HomeRow(bounds, block.CentreY);
            (block.Row, block.RowSpan) = (home, 1);
            if (!Free(home))
            {
                taken.Add(block);
                continue;
            }
            // Rows past the centre of the next floating label in the same column are that label's.
            var next = floating.Skip(i + 1).FirstOrDefault(f => f.Box.HorizontalOverlap(block.Box) > 0);
            var limit = next?.CentreY ?? double.MaxValue;
            var first = home;
            while (first > 0 && Free(first - 1)) first--;
            var last = home;
            while (last + 1 < rows.Count && Free(last + 1) && (bounds[last + 1] + bounds[last + 2]) / 2 < limit) last++;
            var best = CentredRun(bounds, first, home, last, block.CentreY, CentredShare * block.Size);
            (block.Row, block.RowSpan) = (best.Start, best.End - best.Start + 1);
            taken.Add(block);
        }
    }

    /// <summary>
    /// Among the runs of rows [s, e] with first ≤ s ≤ home ≤ e ≤ last, the longest whose middle lies
    /// within tolerance of centre (a merged cell fills its column between its neighbours, and every
    /// run symmetric about it is centred), the nearer one on a tie; else the run nearest centre.
    /// </summary>
    internal static (int Start, int End, bool Centred) CentredRun(List<double> bounds, int first, int home, int last, double centre, double tolerance)
    {
        var best = (Start: home, End: home, Miss: double.MaxValue);
        for (var s = first; s <= home; s++)
        for (var e = home; e <= last; e++)
        {
            var miss = Math.Abs((bounds[s] + bounds[e + 1]) / 2 - centre);
            var centred = miss <= tolerance;
            var bestCentred = best.Miss <= tolerance;
            var better = centred && bestCentred ? e - s > best.End - best.Start || e - s == best.End - best.Start && miss < best.Miss
                : centred || !bestCentred && miss < best.Miss;
            if (better) best = (s, e, miss);
        }
        return (best.Start, best.End, best.Miss <= tolerance);
    }

    private static int HomeRow(List<double> bounds, double y)
    {
        for (var k = 0; k + 1 < bounds.Count; k++)
            if (y < bounds[k + 1]) return k;
        return bounds.Count - 2;
    }
}
