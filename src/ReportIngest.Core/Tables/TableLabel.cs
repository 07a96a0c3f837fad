namespace ReportIngest.Core.Tables;

/// <summary>The classifier's verdict on a table: one of SCHEMA.md's labels and how sure it is (0..1).</summary>
public sealed record TableLabel(string Type, double Confidence, string Classifier);
