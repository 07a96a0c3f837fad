namespace ReportIngest.Review.Model;

/// <summary>One line of the batch index: a document's status and what was found in it.</summary>
public sealed record DocumentSummary(
    string DocumentId,
    string Link,
    string Source,
    string Status,
    string Reason,
    string Region,
    string Department,
    string Year,
    string Phase,
    int Tables,
    int Facts,
    int FailedChecks,
    int ReviewFlags);
