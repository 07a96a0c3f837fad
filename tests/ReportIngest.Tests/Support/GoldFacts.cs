using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Text;

namespace ReportIngest.Tests.Support;

/// <summary>
/// The gold comparison of ../shared/tools/facts_compare.py in C#: a multiset match of v_fact rows on table_type,
/// classification, code, item_name (full-width folded, no whitespace), measure and amount to the cent.
/// </summary>
public static class GoldFacts
{
    public sealed record Score(int Matched, int Gold, int Predicted, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
    {
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
        public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;
        public override string ToString() =>
            $"recall {Recall:0.0000} precision {Precision:0.0000} matched {Matched} gold {Gold} predicted {Predicted}\nmissed: {string.Join("\n  ", Missed.Take(20))}\nspurious: {string.Join("\n  ", Spurious.Take(20))}";
    }

    /// <param name="onlyGoldTypes">Score only the v_fact rows of the table types the gold covers (gold made for some
    /// tables of a report); a table wrongly typed as one of them still counts as spurious.</param>
    public static Score Compare(string database, string goldCsv, bool onlyGoldTypes = false)
    {
        var gold = new List<string>();
        foreach (var line in File.ReadLines(goldCsv).Skip(1))
        {
            var f = line.Split(',');
            // document,table_index,table_title,table_type,classification,code,item_name,measure,amount_wan (title may hold commas)
            var n = f.Length;
            gold.Add(Key(f[n - 6], f[n - 5], f[n - 4], f[n - 3], f[n - 2], decimal.Parse(f[n - 1], CultureInfo.InvariantCulture)));
        }
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        var predicted = connection.Query("SELECT table_type, classification, code, item_name, measure, CAST(amount_wan AS TEXT) AS amount FROM v_fact")
            .Where(r => !onlyGoldTypes || gold.Any(g => g.StartsWith((string)r.table_type + "|", StringComparison.Ordinal)))
            .Select(r => Key((string)r.table_type, (string)r.classification, (string)r.code, (string)r.item_name, (string)r.measure,
                decimal.Parse((string)r.amount, NumberStyles.Float, CultureInfo.InvariantCulture))).ToList();
        var remaining = predicted.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var missed = new List<string>();
        var matched = 0;
        foreach (var g in gold)
        {
            if (remaining.TryGetValue(g, out var count) && count > 0) { remaining[g] = count - 1; matched++; }
            else missed.Add(g);
        }
        var spurious = remaining.Where(kv => kv.Value > 0).SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToList();
        return new Score(matched, gold.Count, predicted.Count, missed, spurious);
    }

    private static string Key(string type, string classification, string code, string item, string measure, decimal amount)
    {
        var name = new StringBuilder();
        foreach (var ch in FullWidth.Fold(item)) if (!char.IsWhiteSpace(ch)) name.Append(ch);
        return string.Join("|", type, classification, code, name, measure, Math.Round(amount, 2).ToString("0.00", CultureInfo.InvariantCulture));
    }
}
