namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>Precision, recall and F1 of one label over a set of predictions; <see cref="Support"/> counts its gold tables.</summary>
public sealed record LabelScore(string Label, int Support, double Precision, double Recall, double F1);
