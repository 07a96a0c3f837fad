namespace ReportIngest.Core.Documents;

/// <summary>The input formats the pipeline reads.</summary>
public enum DocumentKind
{
    Text,
    Pdf,
}
