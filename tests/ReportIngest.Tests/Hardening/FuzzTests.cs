using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>
/// Damaged PDFs, reproducibly (a fixed seed): each mutant of the fuzz seeds either loads with its facts (or flagged
/// for attention) or fails with a reason; none crashes the batch, none hangs, and the database stays sound.
/// The campaign over the whole corpus PDFs is <c>scripts/bench-fuzz</c>.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20131;
    private const int MutantsPerSeed = 12;

    [Fact]
    public async Task Every_mutant_loads_or_fails_with_a_reason_and_the_database_stays_sound()
    {
        using var temp = new TempDirectory();
        var mutator = new PdfMutator(Seed);
        var mutants = new Dictionary<string, string>();
        foreach (var seedFile in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "fuzz"), "*.pdf").Order(StringComparer.Ordinal))
        {
            var original = await File.ReadAllBytesAsync(seedFile);
            for (var i = 0; i < MutantsPerSeed; i++)
            {
                var (bytes, mutation) = mutator.Mutate(original);
                var path = temp.File($"{Path.GetFileNameWithoutExtension(seedFile)}-{i:00}.pdf");
                await File.WriteAllBytesAsync(path, bytes);
                mutants[Path.GetFileName(path)] = mutation;
            }
        }
        var db = temp.File("reports.db");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var options = BatchOptions.For(db) with { Parallelism = 2, DocumentTimeout = TimeSpan.FromSeconds(30) };
        var outcomes = await BatchRunner.Create(options, Classifiers.Default())
            .RunAsync(mutants.Keys.Select(m => new IngestInput(temp.File(m))).ToList(), new Progress<DocumentOutcome>(), CancellationToken.None);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(mutants.Count, outcomes.Count);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        var rows = connection.Query<(string Source, string Status, string? Reason, long? Facts, string? Attention)>(
            "SELECT source, status, reason, facts, attention FROM v_document").ToList();
        var distinct = connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT sha256) FROM document");
        Assert.Equal(distinct, rows.Count);
        Assert.True(rows.Count >= mutants.Count - 2, $"{rows.Count} rows for {mutants.Count} mutants"); // two mutations may give the same bytes
        foreach (var row in rows)
        {
            var what = $"{row.Source} ({mutants[row.Source]}): {row.Status} {row.Reason}";
            if (row.Status == "failed")
            {
                Assert.False(string.IsNullOrWhiteSpace(row.Reason), what);
                Assert.DoesNotContain("internal error", row.Reason);
                Assert.DoesNotContain("took longer than", row.Reason);
            }
            else
            {
                Assert.True(row.Facts > 0 || row.Attention is not null, what);
            }
        }
        Assert.Equal(0L, connection.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM fact WHERE document_id IN (SELECT document_id FROM document WHERE status = 'failed')"));
        Assert.Contains(rows, r => r.Status == "loaded");
        Assert.Contains(rows, r => r.Status == "failed");
    }
}
