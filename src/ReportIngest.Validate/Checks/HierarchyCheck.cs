using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// Within a table and per measure, a code equals the sum of the codes printed directly below it:
/// function 类 = Σ 款 = Σ 项, economic 类 = Σ 款 (= Σ sub-items where printed). A level the table skips is bridged
/// (类 = Σ 项 when no 款 line is printed); a code with no children in the table is not checked. A code printed as a
/// heading with items under it (a project table's 项 line and its projects) must equal the sum of those items.
/// </summary>
public sealed class HierarchyCheck : ICheck
{
    public string Kind => CheckKinds.Hierarchy;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        var nodes = document.Tables.SelectMany(t => t.Segments.SelectMany(s => s.Nodes).Select(n => (Table: t, Node: n))).ToList();
        var children =
            from x in nodes
            where x.Node.Children.Count > 0
            from measure in x.Node.Measures.Union(x.Node.Children.SelectMany(c => c.Measures)).Order(StringComparer.Ordinal)
            select Compare(x.Table, x.Node, measure);
        var items =
            from x in nodes
            where x.Node.HasHeading
            from measure in x.Node.Measures.Order(StringComparer.Ordinal)
            select CompareItems(x.Table, x.Node, measure);
        return children.Concat(items);
    }

    private CheckResult CompareItems(TableView table, CodeNode node, string measure)
    {
        var details = node.Details.ToList();
        var parts = Amount.Sum(details.Select(l => l.AmountOf(measure)).OfType<Amount>());
        var printed = node.Lines[0].AmountOf(measure) ?? Amount.None;
        var level = CodeLevels.LevelName(node.Classification, node.Code.Length);
        var description =
            $"table {table.Index} {node.Classification} {level} {node.Code} {node.Name} [{measure}] " +
            $"= sum of the {details.Count} item lines printed under it";
        return Comparison.Make(Kind, table.Index, null, description, parts, printed);
    }

    private CheckResult Compare(TableView table, CodeNode node, string measure)
    {
        var parts = Amount.Sum(node.Children.Select(c => c.AmountOf(measure)).OfType<Amount>());
        var printed = node.AmountOf(measure) ?? Amount.None;
        var childLevels = string.Join("/", node.Children
            .Select(c => CodeLevels.LevelName(node.Classification, c.Code.Length)).Distinct());
        var level = CodeLevels.LevelName(node.Classification, node.Code.Length);
        var description =
            $"table {table.Index} {node.Classification} {level} {node.Code} {node.Name} [{measure}] " +
            $"= sum of its {node.Children.Count} {childLevels} lines";
        return Comparison.Make(Kind, table.Index, null, description, parts, printed);
    }
}
