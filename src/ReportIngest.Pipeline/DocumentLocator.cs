using Dapper;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Load;
using ReportIngest.Load.Sources;

namespace ReportIngest.Pipeline;

/// <summary>
/// Finds a document named on the command line by its path, a sha256 prefix or its document_id, in the artifact
/// store or the database.
/// </summary>
public static class DocumentLocator
{
    public static (string Sha256, SourceDocument? Source) Find(string name, string database)
    {
        if (File.Exists(name))
        {
            var source = SourceFiles.Open(name);
            return (source.Sha256, source);
        }
        var prefix = name.ToLowerInvariant();
        var root = PipelineInfo.ArtifactRootFor(database);
        var matches = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Where(d => d.StartsWith(prefix, StringComparison.Ordinal)).ToList()
            : [];
        if (matches.Count == 0 && File.Exists(database))
        {
            using var connection = Database.Open(database, readOnly: true);
            matches = connection.Query<string>("SELECT sha256 FROM document WHERE sha256 LIKE @p || '%' OR document_id = @p OR source LIKE @n || '%'",
                new { p = prefix, n = name }).ToList();
        }
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => throw new ArgumentException($"no document '{name}': give a file path, a sha256 prefix or a document_id of an ingested document"),
            _ => throw new ArgumentException($"'{name}' matches {matches.Count} documents; give a longer sha256 prefix"),
        };
    }

    /// <summary>What the manifest that acquired the document said about it (kept in the database's source ledger).</summary>
    public static SourceHints HintsOf(string sha256, string database)
    {
        if (!File.Exists(database)) return SourceHints.None;
        using var ledger = SqliteSourceLedger.Open(database);
        return ledger.HintsOf(sha256);
    }
}
