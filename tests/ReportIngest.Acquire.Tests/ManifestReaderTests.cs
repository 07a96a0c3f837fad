using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire.Tests;

public sealed class ManifestReaderTests
{
    private static IReadOnlyList<ManifestEntry> Csv(string text) => ManifestReader.Read(new StringReader(text), jsonLines: false);

    private static IReadOnlyList<ManifestEntry> JsonLines(string text) => ManifestReader.Read(new StringReader(text), jsonLines: true);

    [Fact]
    public void Csv_reads_quoted_fields_with_commas_quotes_and_line_breaks_in_any_column_order()
    {
        var entries = Csv(
            "\uFEFFPhase,URL,region,department,fiscal_year\r\n" +
            "预算,http://a.gov.cn/r1.pdf,\"某县, 某镇\",\"财政局 \"\"本级\"\"\",2024\r\n" +
            "\r\n" +
            "final,https://b.gov.cn/r2.pdf?id=3&t=1,,\"两行\n部门\",\r\n" +
            "  ,http://c.gov.cn/r3.txt\n");

        Assert.Equal(3, entries.Count);
        Assert.Equal("http://a.gov.cn/r1.pdf", entries[0].Url.AbsoluteUri);
        Assert.Equal(new SourceHints("某县, 某镇", "财政局 \"本级\"", 2024, ReportPhase.Budget), entries[0].Hints);
        Assert.Equal(2, entries[0].Line);
        Assert.Equal(new SourceHints(null, "两行\n部门", null, ReportPhase.Final), entries[1].Hints);
        Assert.Equal(4, entries[1].Line);
        Assert.Equal(SourceHints.None, entries[2].Hints);
        Assert.Equal(6, entries[2].Line);
        Assert.Equal("b.gov.cn", entries[1].HostKey);
    }

    [Fact]
    public void Json_lines_accept_numbers_or_strings_and_skip_blank_lines()
    {
        var entries = JsonLines(
            """
            {"url": "http://a.gov.cn/1.pdf", "region": "某县", "fiscal_year": 2023, "phase": "决算"}

            {"url": "http://a.gov.cn/2.pdf", "fiscal_year": "2024", "department": null}
            """);

        Assert.Equal(new SourceHints("某县", null, 2023, ReportPhase.Final), entries[0].Hints);
        Assert.Equal(new SourceHints(null, null, 2024, null), entries[1].Hints);
        Assert.Equal(3, entries[1].Line);
    }

    [Fact]
    public void A_url_listed_twice_is_kept_once_with_its_first_hints()
    {
        var entries = Csv("url,region\nhttp://a.gov.cn/1.pdf,甲县\nhttp://a.gov.cn/1.pdf,乙县\n");

        Assert.Equal("甲县", Assert.Single(entries).Hints.Region);
    }

    [Theory]
    [InlineData("region\n某县\n", "no 'url' column")]
    [InlineData("url\nftp://a.gov.cn/1.pdf\n", "line 2: 'ftp://a.gov.cn/1.pdf' is not an http(s) URL")]
    [InlineData("url,fiscal_year\nhttp://a.gov.cn/1.pdf,二〇二四\n", "line 2: fiscal_year")]
    [InlineData("url,phase\nhttp://a.gov.cn/1.pdf,draft\n", "line 2: phase 'draft'")]
    [InlineData("url\n\"http://a.gov.cn/1.pdf\n", "never closed")]
    public void A_broken_manifest_says_which_line_to_fix(string text, string message)
    {
        var error = Assert.Throws<ManifestFormatException>(() => Csv(text));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_file_is_read_as_json_lines_by_its_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"url\": \"http://a.gov.cn/1.pdf\"}\n{\"url\": 5}\n");
        try
        {
            var error = Assert.Throws<ManifestFormatException>(() => ManifestReader.Read(path));
            Assert.Contains("line 2", error.Message);
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
