using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Narrative;

/// <summary>
/// The 002 seed rewritten with its tables in 元 (every amount × 10,000, "单位：元") while its text still states
/// its figures in 万元: it loads as the original does. Without the unit lines the tables are read in 万元 and the sums
/// nearly add up (only the report's own rounding, 10,000 times larger, shows); the text shows the error: narrative
/// checks fail and name the factor.
/// </summary>
public partial class UnitScaleTests
{
    [Fact]
    public void Tables_in_yuan_with_their_unit_line_load_as_the_original_and_every_stated_figure_agrees()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var variant = temp.File("002-yuan.txt");
        File.WriteAllLines(variant, TablesInYuan(RepoPaths.CorpusFile("002_"), keepUnitLines: true));
        Assert.Equal(0, Ingest.Run(db, variant));

        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", "facts-002.csv"));
        Assert.True(score.Recall == 1.0 && score.Precision == 1.0, score.ToString());
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Empty(connection.Query<string>("SELECT description FROM check_result WHERE passed = 0"));
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM check_result WHERE kind = 'narrative'") >= 10);
    }

    [Fact]
    public void Tables_in_yuan_without_their_unit_line_fail_a_narrative_check_that_names_the_factor()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var variant = temp.File("002-yuan-unit-removed.txt");
        File.WriteAllLines(variant, TablesInYuan(RepoPaths.CorpusFile("002_"), keepUnitLines: false));
        Assert.Equal(0, Ingest.Run(db, variant));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var failed = connection.Query<string>("SELECT description FROM check_result WHERE passed = 0 AND kind = 'narrative'").ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, f => Assert.Contains("10,000 × the text: the table's unit is probably 元", f));
        Assert.Contains(failed, f => f.Contains("收入预算1,218.88万元"));
    }

    /// <summary>The seed with every table amount (a cell of digits with a decimal point) in 元.</summary>
    private static IEnumerable<string> TablesInYuan(string seed, bool keepUnitLines)
    {
        foreach (var line in File.ReadLines(seed))
        {
            if (UnitLine().IsMatch(line))
            {
                if (keepUnitLines)
                    yield return line.Replace("万元", "元");
                continue;
            }
            yield return line.Contains('\t')
                ? string.Join('\t', line.Split('\t').Select(cell => Amount().IsMatch(cell.Trim()) ? InYuan(cell.Trim()) : cell))
                : line;
        }
    }

    private static string InYuan(string amountInWan) =>
        (decimal.Parse(amountInWan.Replace(",", ""), CultureInfo.InvariantCulture) * 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:金额)?单位[:：]\s*万元\s*$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*\.\d+$|^-?\d+\.\d+$")]
    private static partial Regex Amount();
}
