namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>Accuracy and macro-F1 over a set of predictions. Macro-F1 averages over the labels that occur as gold or prediction.</summary>
public sealed record ClassificationScores(int Count, double Accuracy, double MacroF1, IReadOnlyList<LabelScore> PerLabel)
{
    public static ClassificationScores Of(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        if (pairs.Count == 0)
            return new ClassificationScores(0, 0, 0, []);
        var labels = pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).Distinct().Order(StringComparer.Ordinal);
        var perLabel = labels.Select(label =>
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            return new LabelScore(label, tp + fn,
                tp + fp == 0 ? 0 : (double)tp / (tp + fp),
                tp + fn == 0 ? 0 : (double)tp / (tp + fn),
                tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn));
        }).ToList();
        return new ClassificationScores(pairs.Count, (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count,
            perLabel.Average(l => l.F1), perLabel);
    }
}
