using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>Issue 13, items 5, 6 and 10: every mistake a user can make gets a message and an exit code, never a stack trace.</summary>
public sealed class CliMessageTests
{
    private static string Text002 => RepoPaths.CorpusFile("002_");

    [Theory]
    [InlineData("pdf")]
    [InlineData("folder")]
    [InlineData("text")]
    public void A_db_that_is_not_a_database_is_refused_in_words_by_every_command(string what)
    {
        using var temp = new TempDirectory();
        var db = what switch
        {
            "pdf" => Copy(Path.Combine(RepoPaths.Corpus, "002.pdf"), temp.File("reports.pdf")),
            "folder" => Directory.CreateDirectory(temp.File("reports")).FullName,
            _ => Write(temp.File("notes.db"), "these are my notes, not a database\n"),
        };
        var before = Fingerprint(db);

        foreach (var args in new[]
                 {
                     new[] { "ingest", Text002, "--db", db },
                     ["inspect", Text002, "--db", db],
                     ["query", "SELECT COUNT(*) FROM v_fact", "--db", db],
                 })
        {
            var (exit, _, stderr) = CliProcess.Run(temp.Path, args);
            Assert.True(exit == 1, $"{args[0]}: exit {exit}: {stderr}");
            Assert.Contains(what == "folder" ? "is a folder" : "is not a SQLite database", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        Assert.Equal(before, Fingerprint(db));
    }

    [Fact]
    public void Query_refuses_writes_and_a_second_statement_and_runs_one_select()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Text002));
        var facts = Count(db, "fact");
        var copy = temp.File("copy.db");

        var vacuum = CliProcess.Run(temp.Path, "query", $"VACUUM INTO '{copy}'", "--db", db);
        var commented = CliProcess.Run(temp.Path, "query", $"/* tidy */ vacuum into '{copy}'", "--db", db);
        var two = CliProcess.Run(temp.Path, "query", "SELECT 1; DELETE FROM fact", "--db", db);
        var delete = CliProcess.Run(temp.Path, "query", "DELETE FROM fact", "--db", db);
        var one = CliProcess.Run(temp.Path, "query", "SELECT COUNT(*) AS n FROM v_fact; -- all of them", "--db", db);

        Assert.Equal(1, vacuum.Exit);
        Assert.Equal(1, commented.Exit);
        Assert.False(File.Exists(copy));
        Assert.Equal(1, two.Exit);
        Assert.Contains("one statement", two.Stderr);
        Assert.Equal(1, delete.Exit);
        Assert.Equal(facts, Count(db, "fact"));
        Assert.Equal(0, one.Exit);
        Assert.Contains(facts.ToString(System.Globalization.CultureInfo.InvariantCulture), one.Stdout);
    }

    [Fact]
    public void Acquire_with_no_retries_records_the_failure_and_exits_2_like_ingest()
    {
        using var temp = new TempDirectory();
        var manifest = Write(temp.File("manifest.csv"), "url\nhttp://127.0.0.1:9/nothing-listens-here.pdf\n");

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "acquire", manifest, "--retries", "0", "--db", temp.File("reports.db"));

        Assert.True(exit == 2, $"exit {exit}: {stderr}");
        Assert.DoesNotContain("   at ", stderr);
        Assert.Contains("1 failed", stdout);
        Assert.Contains("(1 attempt(s))", stdout);
    }

    [Fact]
    public void Inspect_names_a_missing_table_and_a_failed_document_says_why_it_failed()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var prose = Write(temp.File("prose.txt"), "某县医疗保障局2023年部门预算\n\n一、基本职能\n负责医疗保障工作。\n");
        Ingest.Run(db, Text002, RepoPaths.CorpusFile("000_"), prose);

        var missing = CliProcess.Run(temp.Path, "inspect", Text002, "--table", "999", "--db", db);
        var failed = CliProcess.Run(temp.Path, "inspect", "prose", "--db", db);
        var ambiguous = CliProcess.Run(temp.Path, "run", "extract", "00", "--db", db);

        Assert.Equal(1, missing.Exit);
        Assert.Contains("no table 999", missing.Stderr);
        Assert.Equal(0, failed.Exit);
        Assert.Contains($"failed at {Reason(db, "prose.txt")}", failed.Stdout);
        Assert.DoesNotContain("artifact for", failed.Stderr);
        Assert.Equal(1, ambiguous.Exit);
        Assert.Contains("is the start of 2 source file names (000_", ambiguous.Stderr);
    }

    private static string Reason(string db, string source)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT failed_stage || ': ' || reason FROM document WHERE source = $source";
        command.Parameters.AddWithValue("$source", source);
        return (string)command.ExecuteScalar()!;
    }

    private static string Copy(string from, string to)
    {
        File.Copy(from, to);
        return to;
    }

    private static string Write(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    private static string Fingerprint(string path) => Directory.Exists(path)
        ? string.Join(",", Directory.EnumerateFileSystemEntries(path))
        : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
