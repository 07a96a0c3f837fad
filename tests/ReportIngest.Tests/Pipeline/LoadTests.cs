using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>Loading is idempotent by sha256, documents carry metadata, facts keep their provenance.</summary>
public class LoadTests
{
    [Fact]
    public void Reingesting_replaces_a_document_instead_of_duplicating_it()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var seed = RepoPaths.CorpusFile("002_");
        Assert.Equal(0, Ingest.Run(db, seed));
        var first = Counts(db);
        Assert.Equal(0, Ingest.Run(db, seed));
        Assert.Equal(first, Counts(db));
        Assert.Equal(1L, first.Documents);
        Assert.True(first.Facts > 200);
    }

    [Fact]
    public void Document_metadata_is_read_from_the_title_page()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile("001_")));
        using var connection = Open(db);
        var doc = connection.QuerySingle("SELECT region, region_code, department, fiscal_year, phase, status, reason FROM v_document");
        Assert.Equal("青龙满族自治县", (string)doc.region);
        Assert.Equal("130321", (string)doc.region_code);
        Assert.Equal("青龙满族自治县医疗保障局", (string)doc.department);
        Assert.Equal(2023L, (long)doc.fiscal_year);
        Assert.Equal("final", (string)doc.phase);
        Assert.Equal("loaded", (string)doc.status);
        Assert.Null(doc.reason);
    }

    [Fact]
    public void Every_fact_keeps_its_table_row_column_line_and_printed_text()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var seed = RepoPaths.CorpusFile("000_");
        Assert.Equal(0, Ingest.Run(db, seed));
        using var connection = Open(db);
        var fact = connection.QuerySingle(
            "SELECT f.line, f.row, f.col, f.printed_text, f.amount_wan, t.title FROM fact f JOIN report_table t USING (document_id, table_id) " +
            "WHERE f.code = '2101202' AND f.measure = 'project' AND t.table_type = 'expenditure_summary'");
        var printedLine = File.ReadAllLines(seed)[(int)(long)fact.line - 1];
        Assert.Contains((string)fact.printed_text, printedLine);
        Assert.Equal("2,831.63", (string)fact.printed_text);
        Assert.Equal("2831.63", (string)fact.amount_wan);
        Assert.Equal("部门支出总表", (string)fact.title);
    }

    private static (long Documents, long Tables, long Facts, long Checks) Counts(string db)
    {
        using var connection = Open(db);
        return (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_document"), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_table"),
            connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_fact"), connection.ExecuteScalar<long>("SELECT COUNT(*) FROM check_result"));
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return connection;
    }
}
