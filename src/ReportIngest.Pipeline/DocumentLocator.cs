using Dapper;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Load;
using ReportIngest.Load.Sources;

namespace ReportIngest.Pipeline;

/// <summary>
/// Finds a document named on the command line by its path, a sha256 prefix, its document_id or a source file name
/// prefix, in the artifact store or the database.
/// </summary>
public static class DocumentLocator
{
    public static (string Sha256, SourceDocument? Source) Find(string name, string database)
    {
        Database.CheckFile(database);
        if (File.Exists(name))
        {
            var source = SourceFiles.Open(name);
            return (source.Sha256, source);
        }
        var prefix = name.ToLowerInvariant();
        var root = PipelineInfo.ArtifactRootFor(database);
        var byHash = Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Select(Path.GetFileName).OfType<string>().Where(d => d.StartsWith(prefix, StringComparison.Ordinal)).ToList()
            : [];
        if (byHash.Count == 1) return (byHash[0], null);
        var byName = new List<(string Sha256, string Source)>();
        if (byHash.Count == 0 && File.Exists(database))
        {
            using var connection = Database.Open(database, readOnly: true);
            byHash = connection.Query<string>("SELECT sha256 FROM document WHERE sha256 LIKE @p || '%' OR document_id = @p", new { p = prefix }).ToList();
            if (byHash.Count == 0)
                byName = connection.Query<(string, string)>("SELECT sha256, source FROM document WHERE source LIKE @n || '%' ORDER BY source", new { n = name }).ToList();
        }
        if (byHash.Count == 1) return (byHash[0], null);
        if (byHash.Count > 1)
            throw new ArgumentException($"'{name}' is the start of {byHash.Count} documents' sha256; give a longer prefix");
        return byName.Count switch
        {
            1 => (byName[0].Sha256, null),
            0 => throw new ArgumentException($"no document '{name}': give a file path, a sha256 prefix, a document_id or the start of a source file name of an ingested document"),
            _ => throw new ArgumentException($"'{name}' is the start of {byName.Count} source file names ({string.Join(", ", byName.Take(5).Select(m => m.Source))}{(byName.Count > 5 ? ", …" : "")}); give more of the name, the file's path or its document_id"),
        };
    }

    /// <summary>What the manifest that acquired the document said about it (kept in the database's source ledger).</summary>
    public static SourceHints HintsOf(string sha256, string database)
    {
        if (!File.Exists(database)) return SourceHints.None;
        using var ledger = SqliteSourceLedger.Open(database);
        return ledger.HintsOf(sha256);
    }

    /// <summary>The database's verdict on a document: null when it was never loaded or recorded.</summary>
    public static (string Source, string Status, string? Stage, string? Reason)? StatusOf(string sha256, string database)
    {
        if (!File.Exists(database)) return null;
        using var connection = Database.Open(database, readOnly: true);
        return connection.QuerySingleOrDefault<(string, string, string?, string?)?>(
            "SELECT source, status, failed_stage, reason FROM document WHERE sha256 = @sha256", new { sha256 });
    }
}
