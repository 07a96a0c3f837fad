using System.Text.Json;
using ReportIngest.Review.Data;
using ReportIngest.Review.Model;

namespace ReportIngest.Review.Building;

/// <summary>A document's failed checks as shown, and for each cell the checks that name it.</summary>
internal sealed class FailedChecks
{
    private readonly Dictionary<string, List<string>> byCell = [];

    public FailedChecks(IEnumerable<CheckRecord> checks)
    {
        var number = 0;
        foreach (var check in checks.Where(c => !c.Passed))
        {
            var id = $"check{++number}";
            var cells = new List<CellLink>();
            foreach (var text in JsonSerializer.Deserialize<List<string>>(check.Cells) ?? [])
            {
                if (!CellRef.TryParse(text, check.TableId, out var cell)) continue;
                cells.Add(new CellLink(cell.Id, cell.Label));
                if (!byCell.TryGetValue(cell.Id, out var ids)) byCell[cell.Id] = ids = [];
                if (!ids.Contains(id)) ids.Add(id);
            }
            Views.Add(new CheckView(id, check.Kind, check.TableId, check.OtherTableId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                check.Description, check.Expected, check.Actual, cells));
        }
    }

    public List<CheckView> Views { get; } = [];

    public IReadOnlyList<string> Naming(string cellId) => byCell.TryGetValue(cellId, out var ids) ? ids : [];

    /// <summary>What the failed checks naming a cell compared, with expected and found values, one per line.</summary>
    public string Describe(string cellId) => string.Join('\n', Views.Where(v => Naming(cellId).Contains(v.Id))
        .Select(v => $"{v.Kind}: expected {v.Expected} 万元, found {v.Found} 万元"));

    public IEnumerable<CheckView> OfTable(int table) => Views.Where(v => v.Table == table);
}
