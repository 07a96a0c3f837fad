namespace ReportIngest.Classify.ML.Training;

/// <summary>One classifier's leave-one-document-out figures in the model card.</summary>
public sealed record ModelCardMetrics(
    string Classifier,
    int Tables,
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, double> MacroF1ByHeldOutDocument,
    double TitleMissingAccuracy,
    double TitleMissingMacroF1);
