using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>Issue 13, items 2, 3, 4, 8 and 9: the batch loop survives what real folders and other programs do to it.</summary>
public sealed class BatchHardeningTests
{
    private static string Text002 => RepoPaths.CorpusFile("002_");

    [Fact]
    public void The_same_file_twice_in_one_batch_is_one_document_processed_once()
    {
        using var temp = new TempDirectory();
        var copy = temp.File("copy-of-002.txt");
        File.Copy(Text002, copy);
        var db = temp.File("reports.db");

        var outcomes = Run(db, [Text002, copy, Text002]);

        Assert.All(outcomes, o => Assert.True(o.Loaded));
        var processed = Assert.Single(outcomes, o => o.SameBytesAs is null);
        Assert.All(outcomes.Where(o => o != processed), o => Assert.Equal(processed.Path, o.SameBytesAs));
        using var connection = Open(db);
        var rows = connection.Query<(string Status, long Facts)>("SELECT status, facts FROM document").ToList();
        Assert.Equal(("loaded", rows[0].Facts), Assert.Single(rows));
        Assert.True(rows[0].Facts > 100);
        Assert.Equal(rows[0].Facts, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact"));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_locked_database_fails_the_documents_in_words_and_the_batch_goes_on()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Text002));
        var prose = temp.File("prose.txt");
        File.WriteAllText(prose, "某县2023年部门预算\n一、基本职能\n");
        using var holder = Open(db);
        using var hold = holder.BeginTransaction(deferred: false); // another program's write lock

        // reload: a document the database holds unchanged is not written at all, so the lock would not touch it
        var outcomes = Run(db, [Text002, prose], lockTimeout: TimeSpan.FromSeconds(1), reload: true);

        Assert.All(outcomes, o => Assert.False(o.Loaded));
        var loading = outcomes[0].Reason!;
        Assert.StartsWith("database is locked: another program held its write lock for more than 1 s", loading);
        Assert.EndsWith("(not recorded in the database: the database is locked)", loading);
        Assert.EndsWith("(not recorded in the database: the database is locked)", outcomes[1].Reason);
        hold.Rollback();
        Assert.Equal("loaded", holder.ExecuteScalar<string>("SELECT status FROM document"));
    }

    [Fact]
    public void Temporary_files_a_killed_run_left_are_removed_by_the_next_run()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var abandoned = Path.Combine(temp.Path, "artifacts", new string('a', 64));
        Directory.CreateDirectory(abandoned);
        var deadWriter = Path.Combine(abandoned, "extract.json.br.99999999.tmp");
        var deadWriterNewName = Path.Combine(abandoned, "normalise.json.br.99999999.0123abcd.tmp");
        File.WriteAllText(deadWriter, "{\"half");
        File.WriteAllText(deadWriterNewName, "{\"half");

        Assert.Equal(0, Ingest.Run(db, Text002));

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(temp.Path, "artifacts"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_with_a_link_loop_unsupported_files_empty_files_and_a_dangling_link_gives_one_row_per_document()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("reports")).FullName;
        File.Copy(Text002, Path.Combine(folder, "002.txt"));
        File.Copy(RepoPaths.CorpusFile("000_"), Path.Combine(folder, "000.txt"));
        File.WriteAllBytes(Path.Combine(folder, "empty.pdf"), []);
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(folder, "reports.zip"), [0x50, 0x4B, 3, 4]);
        File.WriteAllBytes(Path.Combine(folder, "scan.png"), [0x89, 0x50, 0x4E, 0x47]);
        Directory.CreateSymbolicLink(Path.Combine(folder, "self"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "parent"), temp.Path);
        File.CreateSymbolicLink(Path.Combine(folder, "gone.pdf"), Path.Combine(folder, "deleted.pdf"));

        var listing = SourceFiles.Expand([folder]);
        Assert.Equal(["000.txt", "002.txt", "empty.pdf", "empty.txt", "gone.pdf"], listing.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["reports.zip", "scan.png"], listing.Skipped.Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var db = temp.File("reports.db");
        var cli = CliProcess.Run(temp.Path, "ingest", folder, "--db", db);
        Assert.Equal(2, cli.Exit);
        Assert.Contains("skipping 2 file(s) that are not reports", cli.Stderr);
        Assert.Contains("2 loaded, 2 failed, of 4 distinct documents (from 5 input files)", cli.Stderr);

        using var connection = Open(db);
        var rows = connection.Query<(string Source, string Status, string? Reason)>("SELECT source, status, reason FROM v_document").ToDictionary(r => r.Source);
        Assert.Equal(4, rows.Count); // 000, 002, one row for the two empty files, the dangling link
        Assert.Contains("broken link", rows["gone.pdf"].Reason);
        Assert.Contains("empty", rows.Single(r => r.Key.StartsWith("empty.", StringComparison.Ordinal)).Value.Reason);
    }

    [Fact]
    public void A_list_of_sources_beside_the_reports_is_recorded_as_not_a_report_and_the_reports_load()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "reports")).FullName;
        File.Copy(Text002, Path.Combine(folder, "002.txt"));
        File.WriteAllText(Path.Combine(folder, "SOURCES.md"), """
            # 某县部门预算公开（来源）

            下列文件为某县各部门公开的2024年部门预算与2023年部门决算，供开发使用。

            | 文件 | 内容 | 页数 |
            |---|---|---|
            | a.pdf | 某县财政局 2024年部门预算 | 26 |
            | b.pdf | 某县司法局 2023年部门决算 | 22 |
            """);
        var db = temp.File("reports.db");

        var outcomes = Run(db, [Path.Combine(folder, "002.txt"), Path.Combine(folder, "SOURCES.md")]);

        Assert.True(outcomes[0].Loaded);
        Assert.False(outcomes[1].Loaded);
        Assert.StartsWith("not a budget or final-accounts report", outcomes[1].Reason);
        using var connection = Open(db);
        Assert.Equal("failed", connection.ExecuteScalar<string>("SELECT status FROM v_document WHERE source = 'SOURCES.md'"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_table t JOIN v_document d USING (document_id) WHERE d.source = 'SOURCES.md'"));
    }

    [Fact]
    public void A_report_whose_figures_cannot_be_read_loads_flagged_for_attention_not_clean()
    {
        using var temp = new TempDirectory();
        // what a damaged font map does to a report: the tables are there, their digits are not
        var unreadable = temp.File("digits-lost.txt");
        File.WriteAllText(unreadable, new string(File.ReadAllText(Text002).Select(c => char.IsAsciiDigit(c) ? '□' : c).ToArray()));
        var db = temp.File("reports.db");

        var outcomes = Run(db, [unreadable, Text002]);

        using var connection = Open(db);
        var rows = connection.Query<(string Source, string Status, string? Attention, long Facts)>(
            "SELECT source, status, attention, facts FROM v_document").ToDictionary(r => r.Source);
        var damaged = rows["digits-lost.txt"];
        Assert.Equal("loaded", damaged.Status);
        Assert.Equal(0, damaged.Facts);
        Assert.StartsWith("no amounts read from its", damaged.Attention);
        Assert.Equal(damaged.Attention, outcomes[0].Attention);
        Assert.Null(rows[Path.GetFileName(Text002)].Attention);
    }

    private static IReadOnlyList<DocumentOutcome> Run(string db, string[] files, TimeSpan? lockTimeout = null, bool reload = false)
    {
        var options = BatchOptions.For(db) with { Parallelism = 2, BusyTimeout = lockTimeout ?? TimeSpan.FromSeconds(60), Reload = reload };
        return BatchRunner.Create(options, Classifiers.Default())
            .RunAsync(files.Select(f => new IngestInput(f)).ToList(), new Progress<DocumentOutcome>(), CancellationToken.None).GetAwaiter().GetResult();
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        return connection;
    }
}
