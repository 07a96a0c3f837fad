using ReportIngest.Core.Facts;

namespace ReportIngest.Load;

/// <summary>
/// Why a document that loaded still needs a person's look, in words (NULL when it is clean): no amounts read from
/// its tables (a damaged font map leaves a table of unreadable text), failed checks, tables of uncertain type.
/// </summary>
public static class DocumentAttention
{
    public static string? Of(ValidatedDocument validated, int tablesToReview)
    {
        var normalised = validated.Normalised;
        var tables = normalised.Classified.Document.Tables.Count;
        var notes = new List<string>();
        if (normalised.Facts.Count == 0)
            notes.Add($"no amounts read from its {tables} table{(tables == 1 ? "" : "s")}");
        if (validated.FailedChecks > 0)
            notes.Add($"{validated.FailedChecks} of {validated.Checks.Count} checks failed");
        if (tablesToReview > 0)
            notes.Add($"{tablesToReview} table{(tablesToReview == 1 ? "" : "s")} of uncertain type");
        return notes.Count == 0 ? null : string.Join("; ", notes);
    }
}
