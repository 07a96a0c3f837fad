using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Validate.Model;

/// <summary>One table as the checks see it: its type, the measures of its columns and its lines in print order.</summary>
public sealed class TableView
{
    /// <param name="namedElsewhere">Whether a line's name is printed for its code in another table of the document.</param>
    public TableView(
        int index, string type, IReadOnlyList<string> measures, IReadOnlyList<TableLine> lines, Func<TableLine, bool> namedElsewhere)
    {
        Index = index;
        Type = type;
        Measures = measures;
        Lines = lines;
        Segments = CodeSegment.Split(this, namedElsewhere);
    }

    public int Index { get; }
    public string Type { get; }

    /// <summary>The table's column measures: those mapped from its header and any other measure a fact carries.</summary>
    public IReadOnlyList<string> Measures { get; }

    public IReadOnlyList<TableLine> Lines { get; }

    /// <summary>The coded lines cut into runs in which each code is printed once (one per budget unit, usually).</summary>
    public IReadOnlyList<CodeSegment> Segments { get; }

    public bool IsTwoSided => TableTypes.IsTwoSided(Type);

    public bool HasMeasure(string measure) => Measures.Contains(measure);

    public static TableView From(int index, TableMapping? mapping, IReadOnlyList<TableLine> lines, Func<TableLine, bool> namedElsewhere)
    {
        var measures = (mapping?.ColumnMeasures ?? [])
            .OfType<string>()
            .Concat(lines.SelectMany(l => l.Measures))
            .Distinct()
            .ToList();
        return new TableView(index, mapping?.Type ?? TableTypes.Other, measures, lines, namedElsewhere);
    }

    /// <summary>Facts grouped into lines (row, code and item name) in print order.</summary>
    public static IReadOnlyList<TableLine> LinesOf(IEnumerable<Fact> facts) =>
        facts
            .GroupBy(f => (f.Row, f.Code, f.ItemName))
            .Select(g => new TableLine(g.OrderBy(f => f.Col).ToList()))
            .OrderBy(l => l.Row)
            .ThenBy(l => l.Facts[0].Col)
            .ToList();
}
