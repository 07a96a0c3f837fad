using ReportIngest.Load;

namespace ReportIngest.Pipeline.Batch;

/// <summary>What happened to one document in a batch.</summary>
public sealed record DocumentOutcome(
    string Path,
    string? DocumentId,
    bool Loaded,
    string? FailedStage,
    string? Reason,
    int Tables,
    int Facts,
    int ChecksFailed,
    int TablesToReview,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed)
{
    /// <summary>Why a loaded document still needs a look (no facts, failed checks); null when it is clean.</summary>
    public string? Attention { get; init; }

    /// <summary>Pages of the document (0 for text input and for a document that failed before extraction).</summary>
    public int Pages { get; init; }

    /// <summary>Loaded earlier from the same file by the same stages: left as it was, nothing recomputed.</summary>
    public bool Unchanged { get; init; }

    /// <summary>The input of this batch with the same bytes, which was processed instead of this one.</summary>
    public string? SameBytesAs { get; init; }

    /// <summary>Not finished: the batch was interrupted (Ctrl-C) first; nothing of it is in the database.</summary>
    public bool Interrupted { get; init; }

    public static DocumentOutcome Copy(string path, string documentId, string original) =>
        new(path, documentId, true, null, null, 0, 0, 0, 0, [], TimeSpan.Zero) { SameBytesAs = original };

    public static DocumentOutcome AlreadyLoaded(string path, string documentId, LoadedDocument loaded, TimeSpan elapsed) =>
        new(path, documentId, true, null, null, loaded.Tables, loaded.Facts, loaded.ChecksFailed, loaded.TablesToReview, loaded.Warnings, elapsed)
        { Attention = loaded.Attention, Pages = loaded.Pages, Unchanged = true };

    public static DocumentOutcome NotRun(string path) =>
        new(path, null, false, null, "interrupted before it finished", 0, 0, 0, 0, [], TimeSpan.Zero) { Interrupted = true };
}
