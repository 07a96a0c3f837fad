namespace ReportIngest.Classify.Training;

/// <summary>One held-out fold's figures in the model card: its real tables, and the same tables without titles.</summary>
public sealed record FoldMetrics(string HeldOut, int Tables, double Accuracy, double MacroF1, double TitleMissingAccuracy);
