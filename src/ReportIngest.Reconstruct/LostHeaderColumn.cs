using System.Text.RegularExpressions;

namespace ReportIngest.Reconstruct;

/// <summary>
/// Income tables list each appropriation source with its 上级…转移支付 column beside it (一般公共预算 | 上级一般公共预算
/// 安排的转移支付 | 政府性基金预算 | 上级政府性基金安排的转移支付 | 国有资本经营预算 | 上级国有资本经营预算安排的转移支付).
/// Text extractions drop an empty header cell at the end of such a group, pulling every later header label one column
/// left of its amounts. When one source's pair is missing while the others have theirs and the slot after it holds
/// the next group's label in the row above, the lost column is put back in the header rows.
/// </summary>
internal static partial class LostHeaderColumn
{
    public static List<string[]> Restore(List<string[]> header)
    {
        for (var r = 1; r < header.Count; r++)
        {
            var row = header[r];
            var keys = row.Select(TextPatterns.Squash).ToArray();
            var paired = 0;
            var unpaired = -1;
            for (var c = 0; c < keys.Length; c++)
            {
                var source = SourceOf(keys[c]);
                if (source is null) continue;
                if (c + 1 < keys.Length && TransferOf(keys[c + 1]) == source) paired++;
                else unpaired = c;
            }
            if (paired == 0 || unpaired < 0) continue;
            var slot = unpaired + 1;
            if (slot >= row.Length || keys[slot].Length > 0 || TextPatterns.Squash(header[r - 1][slot]).Length == 0) continue;
            var label = "上级" + SourceOf(keys[unpaired]) + "安排的转移支付";
            return header.Select((h, i) => Insert(h, slot, i == r ? label : "")).ToList();
        }
        return header;
    }

    private static string[] Insert(string[] row, int at, string value) => [.. row[..at], value, .. row[at..]];

    private static string? SourceOf(string key) =>
        GeneralBudget().IsMatch(key) ? "一般公共预算" : GovFund().IsMatch(key) ? "政府性基金预算" : StateCapital().IsMatch(key) ? "国有资本经营预算" : null;

    private static string? TransferOf(string key) =>
        !key.StartsWith("上级", StringComparison.Ordinal) ? null
        : key.Contains("一般公共", StringComparison.Ordinal) ? "一般公共预算"
        : key.Contains("基金", StringComparison.Ordinal) ? "政府性基金预算"
        : key.Contains("国有", StringComparison.Ordinal) ? "国有资本经营预算" : null;

    [GeneratedRegex(@"^一般公共预算(拨款)?$")]
    private static partial Regex GeneralBudget();

    [GeneratedRegex(@"^政府性基金(预算)?(拨款)?$")]
    private static partial Regex GovFund();

    [GeneratedRegex(@"^国有.*预算(拨款)?$")]
    private static partial Regex StateCapital();
}
