using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;

namespace ReportIngest.Validate.Model;

/// <summary>A normalised document seen as tables of lines, built once and shared by every check.</summary>
public sealed class DocumentView
{
    public DocumentView(ReportPhase? phase, IReadOnlyList<TableView> tables)
    {
        Phase = phase;
        Tables = tables;
    }

    /// <summary>Null when the report did not say.</summary>
    public ReportPhase? Phase { get; }

    public IReadOnlyList<TableView> Tables { get; }

    /// <summary>The key figures the running text states (see <see cref="Checks.NarrativeCheck"/>).</summary>
    public IReadOnlyList<NarrativeStatement> Statements { get; init; } = [];

    /// <summary>The type of every table the document prints, with or without facts, in print order.</summary>
    public IReadOnlyList<string> PrintedTableTypes { get; init; } = [];

    public bool IsBudget => Phase == ReportPhase.Budget;
    public bool IsFinal => Phase == ReportPhase.Final;

    /// <summary>The one table of a type; null when there is none or more than one (then which to compare is unclear).</summary>
    public TableView? Single(string type)
    {
        var matches = Tables.Where(t => t.Type == type).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public static DocumentView From(NormalisedDocument document)
    {
        var mappings = document.Mappings.GroupBy(m => m.TableIndex).ToDictionary(g => g.Key, g => g.First());
        var lines = document.Facts
            .GroupBy(f => f.TableIndex)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, TableView.LinesOf);
        var codeNames = CodeNames(lines);
        bool NamedElsewhere(TableLine line) =>
            codeNames.TryGetValue((line.Classification, line.Code, line.CompactName), out var tables) &&
            tables.Any(t => t != line.Facts[0].TableIndex);
        var tables = lines
            .Select(p => TableView.From(p.Key, mappings.GetValueOrDefault(p.Key), p.Value, NamedElsewhere))
            .ToList();
        return new DocumentView(document.Metadata.Phase, tables)
        {
            Statements = document.Statements,
            PrintedTableTypes = document.Mappings.OrderBy(m => m.TableIndex).Select(m => m.Type).ToList(),
        };
    }

    /// <summary>For each code and name printed together, the tables that print them.</summary>
    private static Dictionary<(string, string, string), HashSet<int>> CodeNames(Dictionary<int, IReadOnlyList<TableLine>> lines)
    {
        var names = new Dictionary<(string, string, string), HashSet<int>>();
        foreach (var (table, tableLines) in lines)
        {
            foreach (var line in tableLines.Where(l => l.IsCoded))
            {
                var key = (line.Classification, line.Code, line.CompactName);
                if (!names.TryGetValue(key, out var tables))
                    names[key] = tables = [];
                tables.Add(table);
            }
        }
        return names;
    }
}
