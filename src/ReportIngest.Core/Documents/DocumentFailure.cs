namespace ReportIngest.Core.Documents;

/// <summary>
/// A document that cannot go through the pipeline, with a reason a researcher understands.
/// Stages throw it; the batch runner records it in v_document and moves on.
/// </summary>
public sealed class DocumentFailure(string stage, string reason) : Exception(reason)
{
    public string Stage { get; } = stage;
    public string Reason { get; } = reason;
}
