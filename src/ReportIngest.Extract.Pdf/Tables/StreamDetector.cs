using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Tables.Forms;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Finds unruled tables from text alignment: zones of multi-phrase lines, columns from
/// whitespace strips, rows from baselines, cells from the phrases in each row and column.
/// </summary>
internal static class StreamDetector
{
    /// <summary>Tables in the page's free glyphs; the lines they take, and their fake-bold doubles, are taken from the page.</summary>
    public static List<DetectedTable> Detect(PageGlyphs page, List<Ruling> rulings)
    {
        var tables = new List<DetectedTable>();
        // Sideways text never forms the rows of an unruled table; it stays running text.
        var lines = page.FreeLines(sideways: false);
        var used = new HashSet<GlyphLine>();
        foreach (var zone in StreamZoneFinder.Find(lines))
        {
            var table = FormTableBuilder.TryBuild(zone) ?? Build(zone);
            if (table is null || !TablePlausibility.IsPlausible(table)) continue;
            tables.Add(table);
            used.UnionWith(zone.Lines);
        }
        if (used.Count > 0)
        {
            foreach (ref readonly var g in page.All)
                if (!g.Sideways) page.Take(g);
            foreach (var line in lines)
                if (!used.Contains(line))
                    foreach (ref readonly var g in line.Glyphs) page.Free(g);
        }
        return tables;
    }

    private static DetectedTable? Build(StreamZone zone)
    {
        var separators = ColumnFinder.Separators(zone);
        if (separators.Count == 0) return null;
        var bands = SplitSpanningLines(zone, RowBander.Bands(zone.Lines), separators);
        var cells = new List<DetectedCell>();
        var zoneBox = Box.Empty;
        var rowBounds = new List<double>();
        for (var row = 0; row < bands.Count; row++)
        {
            var (start, end) = bands[row];
            var rowCells = new List<DetectedCell>();
            for (var i = start; i < end; i++)
            {
                zoneBox = zoneBox.Union(zone.Lines[i].Box);
                foreach (var segment in zone.Segments[i])
                foreach (var piece in SplitAtSeparators(segment, separators))
                {
                    var c0 = ColumnOf(separators, piece.Box.Left);
                    var c1 = Math.Max(c0, ColumnOf(separators, piece.Box.Right));
                    Place(rowCells, row, c0, c1, piece);
                }
            }
            rowBounds.Add(zone.Lines[start].Box.Top);
            cells.AddRange(rowCells);
        }
        rowBounds.Add(zoneBox.Bottom);
        var columnBounds = new List<double> { zoneBox.Left };
        columnBounds.AddRange(separators);
        columnBounds.Add(zoneBox.Right);
        GroupHeaderSpreader.Spread(cells, columnBounds);
        return new DetectedTable(zoneBox, GridKind.Stream, cells) { ColumnBounds = columnBounds, RowBounds = rowBounds };
    }

    /// <summary>
    /// A stacked header band whose first line only holds labels spanning several columns (a group
    /// label over its sub-column labels) is two rows: the group label gets its own row.
    /// </summary>
    private static List<(int Start, int End)> SplitSpanningLines(StreamZone zone, List<(int Start, int End)> bands, List<double> separators)
    {
        var result = new List<(int Start, int End)>();
        foreach (var (start, end) in bands)
        {
            var top = zone.Segments[start];
            var spanning = end - start > 1 && top.All(s => ColumnOf(separators, s.Box.Left) < ColumnOf(separators, s.Box.Right)
                && SplitAtSeparators(s, separators).Count == 1);
            if (spanning)
            {
                result.Add((start, start + 1));
                result.Add((start + 1, end));
            }
            else result.Add((start, end));
        }
        return result;
    }

    /// <summary>
    /// A phrase that crosses a column gap is usually two cells set close together (a number
    /// followed by a name): split it at its word gaps when every word then sits in one column.
    /// </summary>
    private static List<GlyphLine> SplitAtSeparators(GlyphLine segment, List<double> separators)
    {
        if (ColumnOf(separators, segment.Box.Left) == ColumnOf(separators, segment.Box.Right)) return [segment];
        var words = LineBuilder.Split(segment, GlyphText.SpaceGap);
        if (words.Count < 2 || words.Any(w => ColumnOf(separators, w.Box.Left) != ColumnOf(separators, w.Box.Right))) return [segment];
        // Words are consecutive runs of the segment: a piece of whole words is a run too.
        var pieces = new List<GlyphLine>();
        int start = 0, count = words[0].Count;
        for (var k = 1; k < words.Count; k++)
        {
            if (ColumnOf(separators, words[k].Box.Left) != ColumnOf(separators, words[k - 1].Box.Left))
            {
                pieces.Add(segment.Slice(start, count));
                (start, count) = (start + count, 0);
            }
            count += words[k].Count;
        }
        pieces.Add(segment.Slice(start, count));
        return pieces;
    }

    private static int ColumnOf(List<double> separators, double x)
    {
        var index = separators.BinarySearch(x);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Adds a phrase to the row's cell in its columns, merging cells it overlaps.</summary>
    private static void Place(List<DetectedCell> rowCells, int row, int c0, int c1, GlyphLine segment)
    {
        var cell = new DetectedCell(row, c0, 1, c1 - c0 + 1, segment.Box) { Text = segment.Text };
        for (var k = rowCells.Count - 1; k >= 0; k--)
        {
            var other = rowCells[k];
            if (other.Col > c1 || other.Col + other.ColSpan - 1 < c0) continue;
            rowCells.RemoveAt(k);
            var sameLine = other.Box.VerticalOverlap(cell.Box) > 0.5 * Math.Min(other.Box.Height, cell.Box.Height);
            var first = other.Box.Top < cell.Box.Top - 0.01 || sameLine && other.Box.Left <= cell.Box.Left ? other : cell;
            var second = ReferenceEquals(first, other) ? cell : other;
            var text = sameLine ? first.Text + " " + second.Text : Script.Join(first.Text, second.Text);
            var lo = Math.Min(other.Col, cell.Col);
            var hi = Math.Max(other.Col + other.ColSpan, cell.Col + cell.ColSpan);
            cell = new DetectedCell(row, lo, 1, hi - lo, other.Box.Union(cell.Box)) { Text = text };
            c0 = lo;
            c1 = hi - 1;
        }
        rowCells.Add(cell);
    }
}
