namespace ReportIngest.Core.Tables;

/// <summary>The classifier's verdict on a table: one of SCHEMA.md's labels and how sure it is (0..1).</summary>
/// <param name="NeedsReview">The confidence is below the classifier's review threshold: a person should check the label.</param>
public sealed record TableLabel(string Type, double Confidence, string Classifier, bool NeedsReview = false);
