namespace ReportIngest.Classify.Rules;

/// <summary>A rule's verdict: the label, how sure the rule is, and which rule said so (for inspect output).</summary>
public sealed record RuleMatch(string Type, double Confidence, string Rule);
