namespace ReportIngest.Classify.ML.Evaluation;

/// <summary>A classifier's scores on one held-out document group's real tables.</summary>
public sealed record FoldScore(string HeldOut, ClassificationScores Scores);
