namespace ReportIngest.Validate.Model;

/// <summary>
/// A run of coded lines of one classification in which each code is printed once: a table listing several budget
/// units repeats the codes per unit, and each unit's block is its own tree.
/// </summary>
public sealed class CodeSegment
{
    private readonly List<CodeNode> _nodes = [];
    private readonly Dictionary<string, CodeNode> _byCode = [];

    private CodeSegment(string classification) => Classification = classification;

    public string Classification { get; }
    public IReadOnlyList<CodeNode> Nodes => _nodes;

    /// <summary>Nodes with no ancestor printed in the segment: together they make up the segment's total.</summary>
    public IEnumerable<CodeNode> Roots => _nodes.Where(n => n.Parent is null);

    /// <param name="table">The table whose coded lines to split.</param>
    /// <param name="namedElsewhere">Whether a line's name is printed for its code in another table of the document.</param>
    public static IReadOnlyList<CodeSegment> Split(TableView table, Func<TableLine, bool> namedElsewhere)
    {
        var segments = new List<CodeSegment>();
        foreach (var classification in new[] { "function", "economic" })
            segments.AddRange(Split(table, classification, namedElsewhere));
        return segments;
    }

    private static IEnumerable<CodeSegment> Split(TableView table, string classification, Func<TableLine, bool> namedElsewhere)
    {
        var current = new CodeSegment(classification);
        string? previousCode = null;
        var uncodedSincePrevious = false;
        foreach (var line in table.Lines)
        {
            if (!line.IsCoded)
            {
                uncodedSincePrevious = true;
                continue;
            }
            if (line.Classification != classification || !CodeLevels.IsHierarchical(line.Code))
                continue;
            if (current.StartsNewBlock(line.Code, previousCode, uncodedSincePrevious && !table.IsTwoSided))
            {
                yield return current.Linked(namedElsewhere);
                current = new CodeSegment(classification);
            }
            current.Add(line);
            previousCode = line.Code;
            uncodedSincePrevious = false;
        }
        if (current._nodes.Count > 0)
            yield return current.Linked(namedElsewhere);
    }

    /// <summary>
    /// A code printed again after other codes starts a new block; so does an unlabelled line (a unit's name)
    /// followed by a code at or above the block's top level. Uncoded project lines between 项 codes do not.
    /// </summary>
    private bool StartsNewBlock(string code, string? previousCode, bool afterUncodedLine)
    {
        if (_nodes.Count == 0)
            return false;
        if (_byCode.ContainsKey(code) && code != previousCode)
            return true;
        return afterUncodedLine && code.Length <= _nodes.Min(n => n.Code.Length);
    }

    private void Add(TableLine line)
    {
        if (!_byCode.TryGetValue(line.Code, out var node))
        {
            node = new CodeNode(Classification, line.Code);
            _byCode.Add(line.Code, node);
            _nodes.Add(node);
        }
        node.Add(line);
    }

    private CodeSegment Linked(Func<TableLine, bool> namedElsewhere)
    {
        foreach (var node in _nodes)
        {
            node.ResolveHeading(namedElsewhere);
            var parent = CodeLevels.Ancestors(node.Code).Select(_byCode.GetValueOrDefault).FirstOrDefault(p => p is not null);
            if (parent is not null)
                node.AttachTo(parent);
        }
        return this;
    }
}
