namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>
/// One classifier's held-out result under one <see cref="FoldScheme"/>: pooled over all folds' real tables, per fold,
/// and on the held-out tables with their title removed (how it copes with a table found away from its title).
/// <see cref="Predictions"/> are the held-out confidences and whether they were right (real and title-less), for calibration.
/// </summary>
public sealed record ClassifierEvaluation(
    string Classifier,
    string Scheme,
    ClassificationScores Overall,
    IReadOnlyList<FoldScore> Folds,
    ClassificationScores TitleMissing,
    ConfusionMatrix Confusion,
    IReadOnlyList<string> Mistakes,
    IReadOnlyList<(double Confidence, bool Correct)> Predictions);
