using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Artifacts;
using ReportIngest.Review;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Review;

/// <summary>The review of real bundled reports, rendered by headless Chromium where the browser matters.</summary>
public sealed partial class ReviewPageTests
{
    /// <summary>Where the screenshot of the failed check is kept after the run (TestResults/ is not committed).</summary>
    private static string ScreenshotPath => Path.Combine(RepoPaths.Root, "TestResults", "review", "000-failed-check.png");

    [Fact]
    public void A_pdf_review_shows_every_table_with_its_type_and_a_failed_check_on_the_cell_it_names()
    {
        using var temp = new TempDirectory();
        var database = temp.File("reports.db");
        var pdf = RepoPaths.CorpusFile("000.pdf");
        Assert.Equal(0, Ingest.Run(database, pdf));
        var store = new ArtifactStore(Path.Combine(temp.Path, "artifacts"));
        var sha = Directory.EnumerateDirectories(store.Root).Select(Path.GetFileName).Single()!;
        // 000 table 7 (一般公共预算项目支出预算表): the first project under 2101506 printed 14.39 instead of 15.39 would
        // leave its heading line's 42.52 short of the sum of its projects.
        PerturbedExtraction.Change(store, sha, "县医疗保障局城乡医疗救助审核发放管理经费", "14.39", "15.39");
        Assert.Equal(0, Ingest.Reload(database, pdf));

        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        var perturbed = connection.QuerySingle<(long Table, long Row, long Col)>(
            "SELECT table_id, row, col FROM fact WHERE printed_text = '15.39' AND item_name LIKE '%城乡医疗救助审核发放管理经费%'");
        var failed = connection.Query<(long Table, string Expected, string Actual, string Cells)>(
            "SELECT table_id, expected, actual, cells FROM check_result WHERE passed = 0").ToList();
        var failing = Assert.Single(failed);
        var perturbedId = $"t{perturbed.Table}r{perturbed.Row}c{perturbed.Col}";
        var named = JsonSerializer.Deserialize<List<string>>(failing.Cells)!.Select(c => $"t{failing.Table}{c}").ToList();
        Assert.Contains(perturbedId, named);

        var output = temp.File("review");
        var result = new ReviewWriter(new ReviewOptions(output)).Write(database, store, [new ReviewRequest(sha, pdf)]);
        Assert.Empty(result.Problems);
        var page = Path.Combine(output, "documents", sha[..16] + ".html");
        var dom = HeadlessChromium.DumpDom(new Uri(page).AbsoluteUri + $"?cell={perturbedId}");

        var tables = connection.Query<(long Id, string Type, long? FirstPage)>("SELECT table_id, table_type, first_page FROM v_table").ToList();
        Assert.Equal(14, tables.Count);
        foreach (var (id, type, firstPage) in tables)
        {
            var section = SectionOf(dom, id);
            Assert.Contains($"data-type=\"{type}\"", section[..section.IndexOf('>')]);
            Assert.Contains($"<dd class=\"type\">{type}</dd>", section);
            if (firstPage is not null)
            {
                Assert.Matches($"<img src=\"../pages/{sha[..16]}-p{firstPage}\\.jpg\"", section);
                Assert.Matches("<rect [^>]*class=\"cell", section);
            }
        }

        // Exactly the cells the failed check names are marked failed, in the grid and on the page image, and the
        // perturbed one among them carries the expected and found values.
        Assert.Equal(named.Order(), FailedCells(dom, "td").Order());
        Assert.Equal(named.Order(), FailedCells(dom, "rect").Order());
        var cell = ElementOf(dom, "td", perturbedId);
        Assert.Contains("15.39", cell);
        Assert.Contains($"expected {failing.Expected} 万元, found {failing.Actual} 万元", cell);
        Assert.Contains("selected", ClassOf(cell));
        Assert.Matches($"<li class=\"check\" id=\"check1\">.*expected <span class=\"expected\">{Regex.Escape(failing.Expected)}</span> 万元, found <span class=\"found\">{Regex.Escape(failing.Actual)}</span> 万元", SectionOf(dom, failing.Table));

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        File.Delete(ScreenshotPath);
        HeadlessChromium.Screenshot(new Uri(page).AbsoluteUri + $"?table={perturbed.Table}&cell={perturbedId}", ScreenshotPath, "1600,1100");
        Assert.True(new FileInfo(ScreenshotPath).Length > 20_000, "the screenshot holds the page image and the table");
    }

    [Fact]
    public void A_text_review_shows_the_source_lines_each_table_was_read_from()
    {
        using var temp = new TempDirectory();
        var database = temp.File("reports.db");
        var text = RepoPaths.CorpusFile("002_");
        Assert.Equal(0, Ingest.Run(database, text));
        var store = new ArtifactStore(Path.Combine(temp.Path, "artifacts"));
        var sha = Directory.EnumerateDirectories(store.Root).Select(Path.GetFileName).Single()!;

        var output = temp.File("review");
        var result = new ReviewWriter(new ReviewOptions(output)).Write(database, store, [new ReviewRequest(sha, text)]);
        Assert.Empty(result.Problems);
        Assert.Equal(0, result.PageImages);
        var html = File.ReadAllText(Path.Combine(output, "documents", sha[..16] + ".html"));
        var lines = File.ReadAllLines(text);
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        var facts = connection.Query<(long Table, long Row, long Col, long Line, string Printed)>(
            "SELECT table_id, row, col, line, printed_text FROM fact").ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var section = SectionOf(html, fact.Table);
            var cell = ElementOf(section, "td", $"t{fact.Table}r{fact.Row}c{fact.Col}");
            Assert.Contains($"data-line=\"{fact.Line}\"", cell);
            Assert.Contains(fact.Printed, lines[fact.Line - 1]);
            var shown = Regex.Match(section, $"<span class=\"line\" data-line=\"{fact.Line}\"><b>{fact.Line}</b>([^<]*)</span>");
            Assert.True(shown.Success, $"table {fact.Table} does not show source line {fact.Line}");
            Assert.Equal(lines[fact.Line - 1].TrimEnd('\r'), System.Net.WebUtility.HtmlDecode(shown.Groups[1].Value));
        }
    }

    [Fact]
    public void Outlines_follow_a_page_turned_by_its_rotate_entry()
    {
        // rotated-90.pdf is page 7 of 000.pdf (部门收支总表) with /Rotate 90: shown landscape, the table turned with it.
        using var temp = new TempDirectory();
        var database = temp.File("reports.db");
        var upright = RepoPaths.CorpusFile("000.pdf");
        var rotated = Path.Combine(RepoPaths.Fixtures, "rotated-90.pdf");
        Assert.Equal(0, Ingest.Run(database, upright, rotated));
        var store = new ArtifactStore(Path.Combine(temp.Path, "artifacts"));
        var output = temp.File("review");
        using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            var requests = connection.Query<(string Sha, string Source)>("SELECT sha256, source FROM document").Select(d =>
                new ReviewRequest(d.Sha, d.Source == "000.pdf" ? upright : rotated)).ToList();
            Assert.Empty(new ReviewWriter(new ReviewOptions(output)).Write(database, store, requests).Problems);
        }
        var (page, table) = TableOutline(output, upright, "部门收支总表");
        var (turnedPage, turnedTable) = TableOutline(output, rotated, "部门收支总表");

        Assert.Equal((595.0, 841.9), page);
        Assert.Equal((841.9, 595.0), turnedPage);
        // Turned a quarter clockwise: the upright page's top edge is now its right edge.
        Assert.Equal(page.Height - table.Y - table.Height, turnedTable.X, 0.5);
        Assert.Equal(table.X, turnedTable.Y, 0.5);
        Assert.Equal(table.Height, turnedTable.Width, 0.5);
        Assert.Equal(table.Width, turnedTable.Height, 0.5);
    }

    private static ((double Width, double Height) Page, (double X, double Y, double Width, double Height) Table) TableOutline(
        string review, string pdf, string title)
    {
        using var stream = File.OpenRead(pdf);
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream))[..16];
        var html = File.ReadAllText(Path.Combine(review, "documents", id + ".html"));
        var section = Regex.Matches(html, "<section class=\"table\".*?</section>", RegexOptions.Singleline).Single(m => m.Value.Contains($"</span> {title} <a")).Value;
        var view = Regex.Match(section, "<svg viewBox=\"0 0 ([\\d.]+) ([\\d.]+)\"");
        var rect = Regex.Match(section, "<rect x=\"([\\d.]+)\" y=\"([\\d.]+)\" width=\"([\\d.]+)\" height=\"([\\d.]+)\" class=\"table\"");
        Assert.True(view.Success && rect.Success, $"{pdf}: table {title} has no outline");
        double N(Match m, int g) => double.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture);
        return ((N(view, 1), N(view, 2)), (N(rect, 1), N(rect, 2), N(rect, 3), N(rect, 4)));
    }

    private static string SectionOf(string html, long table)
    {
        var match = Regex.Match(html, $"<section class=\"table\" id=\"table-{table}\".*?</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no section for table {table}");
        return match.Value;
    }

    private static string ElementOf(string html, string tag, string cellId)
    {
        var match = Regex.Match(html, $"<{tag} [^>]*data-cell=\"{cellId}\"[^>]*>");
        Assert.True(match.Success, $"no <{tag}> for cell {cellId}");
        return match.Value;
    }

    private static string ClassOf(string element) => ClassPattern().Match(element).Groups[1].Value;

    private static IEnumerable<string> FailedCells(string html, string tag) =>
        Regex.Matches(html, $"<{tag} [^>]*>").Select(m => m.Value)
            .Where(e => ClassOf(e).Split(' ').Contains("failed"))
            .Select(e => CellPattern().Match(e).Groups[1].Value);

    [GeneratedRegex("class=\"([^\"]*)\"")]
    private static partial Regex ClassPattern();

    [GeneratedRegex("data-cell=\"([^\"]*)\"")]
    private static partial Regex CellPattern();
}
