using System.Buffers;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Rulings;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Finds ruled tables: rulings that cross or touch form connected networks; each network with
/// enough lines becomes a grid whose row and column bounds are the rulings' positions. A cell
/// border missing between two slots merges them into a spanning cell.
/// </summary>
internal static class LatticeDetector
{
    /// <summary>How far (points) two rulings may miss each other and still count as joined.</summary>
    private const double JointTolerance = 2.5;

    /// <summary>Row or column bounds closer than this (points) are one bound: doubled or thick borders.</summary>
    private const double BoundTolerance = 2.5;

    private const int MaxRulings = 4000;

    /// <summary>Fewest rulings that can enclose a cell: two across, two down.</summary>
    private const int MinNetwork = 4;

    public static List<DetectedTable> Detect(List<Ruling> rulings)
    {
        var tables = new List<DetectedTable>();
        foreach (var network in Networks(rulings))
        {
            var table = BuildGrid(network);
            if (table is not null) tables.Add(table);
        }
        return tables;
    }

    /// <summary>Groups rulings that intersect (within tolerance) into connected networks.</summary>
    private static List<List<Ruling>> Networks(List<Ruling> rulings)
    {
        var (horizontals, verticals) = ByDirection(rulings);
        var set = new DisjointSet(horizontals.Count + verticals.Count);
        // Sorted by x so each horizontal only meets the verticals within its span.
        var byX = Enumerable.Range(0, verticals.Count).OrderBy(i => verticals[i].Position).ToList();
        var xs = byX.Select(i => verticals[i].Position).ToList();
        for (var h = 0; h < horizontals.Count; h++)
        {
            var hr = horizontals[h];
            var lo = xs.BinarySearch(hr.Start - JointTolerance);
            if (lo < 0) lo = ~lo;
            for (var k = lo; k < xs.Count && xs[k] <= hr.End + JointTolerance; k++)
            {
                var vr = verticals[byX[k]];
                if (hr.Position >= vr.Start - JointTolerance && hr.Position <= vr.End + JointTolerance)
                    set.Union(h, horizontals.Count + byX[k]);
            }
        }
        // Only networks of four lines or more can enclose a cell; most pages have many lone rulings.
        var count = horizontals.Count + verticals.Count;
        var sizes = new int[count];
        for (var i = 0; i < count; i++) sizes[set.Find(i)]++;
        var groups = new Dictionary<int, List<Ruling>>();
        for (var i = 0; i < count; i++)
        {
            var root = set.Find(i);
            if (sizes[root] < MinNetwork) continue;
            if (!groups.TryGetValue(root, out var list)) groups[root] = list = new List<Ruling>(sizes[root]);
            list.Add(i < horizontals.Count ? horizontals[i] : verticals[i - horizontals.Count]);
        }
        return groups.Values.ToList();
    }

    private static (List<Ruling> Horizontals, List<Ruling> Verticals) ByDirection(List<Ruling> rulings)
    {
        var across = 0;
        foreach (var r in rulings)
            if (r.IsHorizontal) across++;
        var horizontals = new List<Ruling>(across);
        var verticals = new List<Ruling>(rulings.Count - across);
        foreach (var r in rulings) (r.IsHorizontal ? horizontals : verticals).Add(r);
        return (horizontals, verticals);
    }

    private static DetectedTable? BuildGrid(List<Ruling> network)
    {
        // Hatching and vector art can form huge networks; no table is drawn with this many lines.
        if (network.Count > MaxRulings) return null;
        var (horizontals, verticals) = ByDirection(network);
        if (horizontals.Count < 2 || verticals.Count < 2) return null;

        double left = double.MaxValue, right = double.MinValue, top = double.MaxValue, bottom = double.MinValue;
        foreach (var h in horizontals) (left, right) = (Math.Min(left, h.Start), Math.Max(right, h.End));
        foreach (var v in verticals) (top, bottom) = (Math.Min(top, v.Start), Math.Max(bottom, v.End));
        var xs = Axis.Cluster(verticals.Select(r => r.Position).Append(left).Append(right), BoundTolerance);
        var ys = Axis.Cluster(horizontals.Select(r => r.Position).Append(top).Append(bottom), BoundTolerance);
        int rows = ys.Count - 1, cols = xs.Count - 1;
        // Only row rules: leave the columns to the stream detector.
        if (rows < 1 || cols < 2) return null;

        // Coverage of each slot side: how much of it the rulings at that bound draw.
        var vCover = new double[xs.Count, rows];
        foreach (var v in verticals)
        {
            var k = Axis.Nearest(xs, v.Position, BoundTolerance);
            if (k < 0) continue;
            for (var r = 0; r < rows; r++)
                vCover[k, r] += Math.Max(0, Math.Min(v.End, ys[r + 1]) - Math.Max(v.Start, ys[r]));
        }
        var hCover = new double[ys.Count, cols];
        foreach (var h in horizontals)
        {
            var k = Axis.Nearest(ys, h.Position, BoundTolerance);
            if (k < 0) continue;
            for (var c = 0; c < cols; c++)
                hCover[k, c] += Math.Max(0, Math.Min(h.End, xs[c + 1]) - Math.Max(h.Start, xs[c]));
        }

        var set = new DisjointSet(rows * cols);
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            if (c + 1 < cols && vCover[c + 1, r] < 0.5 * (ys[r + 1] - ys[r])) set.Union(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows && hCover[r + 1, c] < 0.5 * (xs[c + 1] - xs[c])) set.Union(r * cols + c, (r + 1) * cols + c);
        }
        var cells = SpanCells(set, rows, cols, xs, ys);
        return new DetectedTable(new Box(xs[0], ys[0], xs[^1], ys[^1]), GridKind.Lattice, cells) { ColumnBounds = xs, RowBounds = ys };
    }

    private static List<DetectedCell> SpanCells(DisjointSet set, int rows, int cols, List<double> xs, List<double> ys)
    {
        // Each region's extent at its root slot; the regions in the order their first slot is met.
        var extents = ArrayPool<Extent>.Shared.Rent(rows * cols);
        Array.Clear(extents, 0, rows * cols);
        var roots = new List<int>();
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            var root = set.Find(r * cols + c);
            ref var e = ref extents[root];
            e = e.Count > 0
                ? e with { R0 = Math.Min(e.R0, r), C0 = Math.Min(e.C0, c), R1 = Math.Max(e.R1, r), C1 = Math.Max(e.C1, c), Count = e.Count + 1 }
                : new Extent(root, roots.Count, r, c, r, c, 1);
            if (e.Count == 1) roots.Add(root);
        }
        var ordered = new Extent[roots.Count];
        for (var k = 0; k < ordered.Length; k++) ordered[k] = extents[roots[k]];
        ArrayPool<Extent>.Shared.Return(extents);
        Array.Sort(ordered);
        var cells = new List<DetectedCell>(ordered.Length);
        foreach (var e in ordered)
        {
            var root = e.Root;
            var area = (e.R1 - e.R0 + 1) * (e.C1 - e.C0 + 1);
            if (area == e.Count)
            {
                var cell = new DetectedCell(e.R0, e.C0, e.R1 - e.R0 + 1, e.C1 - e.C0 + 1, new Box(xs[e.C0], ys[e.R0], xs[e.C1 + 1], ys[e.R1 + 1]));
                cells.Add(cell);
            }
            else
            {
                // A merged region that is not a rectangle (a stray missing border): keep its slots apart.
                for (var r = e.R0; r <= e.R1; r++)
                for (var c = e.C0; c <= e.C1; c++)
                {
                    if (set.Find(r * cols + c) != root) continue;
                    var cell = new DetectedCell(r, c, 1, 1, new Box(xs[c], ys[r], xs[c + 1], ys[r + 1]));
                    cells.Add(cell);
                }
            }
        }
        return cells;
    }

    /// <summary>
    /// The slots of one merged region: its bounding rows and columns and how many slots it has. Ordered by top row,
    /// then left column, then the order found (what a stable sort keeps).
    /// </summary>
    private readonly record struct Extent(int Root, int Found, int R0, int C0, int R1, int C1, int Count) : IComparable<Extent>
    {
        public int CompareTo(Extent other)
        {
            var c = R0.CompareTo(other.R0);
            if (c == 0) c = C0.CompareTo(other.C0);
            return c != 0 ? c : Found.CompareTo(other.Found);
        }
    }
}
