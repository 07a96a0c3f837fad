namespace ReportIngest.Validate.Model;

/// <summary>
/// A classification code within a segment: the line or lines printed with it, and its place in the 类/款/项 tree.
/// </summary>
public sealed class CodeNode
{
    private readonly List<TableLine> _lines = [];
    private readonly List<CodeNode> _children = [];

    public CodeNode(string classification, string code)
    {
        Classification = classification;
        Code = code;
    }

    public string Classification { get; }
    public string Code { get; }
    public IReadOnlyList<TableLine> Lines => _lines;
    public CodeNode? Parent { get; private set; }
    public IReadOnlyList<CodeNode> Children => _children;

    /// <summary>The first line's name: the code's own name where a heading line was printed.</summary>
    public string Name => _lines[0].ItemName;

    public IEnumerable<string> Measures => _lines.SelectMany(l => l.Measures).Distinct();

    /// <summary>
    /// True when the first line is the code's own heading and the others are items under it (a project table's 项
    /// line followed by its projects). Known when the heading's name is printed for the same code in another table.
    /// </summary>
    public bool HasHeading { get; private set; }

    /// <summary>The lines under the heading; empty without one.</summary>
    public IEnumerable<TableLine> Details => HasHeading ? _lines.Skip(1) : [];

    /// <summary>
    /// The code's amount of a measure, or null when no line has one. A code printed on several lines is either a
    /// heading followed by its items (project tables print the 项 line, then each project under the same code) or
    /// items alone. With a known heading its amount is taken; otherwise the first line is taken as a heading when it
    /// equals the sum of the others, and the lines are summed when it does not. A duplicated line thus counts once.
    /// </summary>
    public Amount? AmountOf(string measure)
    {
        if (HasHeading && _lines[0].AmountOf(measure) is { } heading)
            return heading;
        var amounts = _lines.Select(l => l.AmountOf(measure)).OfType<Amount>().ToList();
        if (amounts.Count == 0)
            return null;
        if (amounts.Count == 1)
            return amounts[0];
        var rest = Amount.Sum(amounts.Skip(1));
        var first = _lines[0].AmountOf(measure);
        return first is not null && Tolerance.Agrees(rest.Value, first.Value, rest.Parts) ? first : Amount.Sum(amounts);
    }

    internal void Add(TableLine line) => _lines.Add(line);

    internal void ResolveHeading(Func<TableLine, bool> namedElsewhere)
    {
        var first = _lines[0];
        HasHeading = _lines.Count > 1 && namedElsewhere(first) && _lines.Skip(1).All(l => l.CompactName != first.CompactName);
    }

    internal void AttachTo(CodeNode parent)
    {
        Parent = parent;
        parent._children.Add(this);
    }

    public override string ToString() => $"{Code} {Name}";
}
