namespace ReportIngest.Classify.ML.Evaluation;

/// <summary>
/// One classifier's leave-one-document-out result: pooled over all folds' real tables, per fold, and on the
/// held-out tables with their title removed (how it copes with a table found away from its title).
/// </summary>
public sealed record ClassifierEvaluation(
    string Classifier,
    ClassificationScores Overall,
    IReadOnlyList<FoldScore> Folds,
    ClassificationScores TitleMissing,
    ConfusionMatrix Confusion,
    IReadOnlyList<string> Mistakes);
