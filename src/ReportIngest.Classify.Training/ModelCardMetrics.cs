namespace ReportIngest.Classify.Training;

/// <summary>One classifier's figures under one fold scheme ("region" or "document") in the model card.</summary>
public sealed record ModelCardMetrics(
    string Classifier,
    string Scheme,
    int Tables,
    double Accuracy,
    double MacroF1,
    double TitleMissingAccuracy,
    double TitleMissingMacroF1,
    IReadOnlyList<FoldMetrics> Folds);
