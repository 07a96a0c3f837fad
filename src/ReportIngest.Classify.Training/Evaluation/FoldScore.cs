namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>A classifier's scores on one held-out fold's real tables, and on the same tables without their titles.</summary>
public sealed record FoldScore(string HeldOut, ClassificationScores Scores, ClassificationScores TitleMissing);
