namespace ReportIngest.Classify.ML.Evaluation;

/// <summary>Accuracy and macro-F1 over a set of predictions. Macro-F1 averages over the labels that occur as gold or prediction.</summary>
public sealed record ClassificationScores(int Count, double Accuracy, double MacroF1)
{
    public static ClassificationScores Of(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        if (pairs.Count == 0)
            return new ClassificationScores(0, 0, 0);
        var labels = pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).Distinct();
        var f1 = labels.Select(label =>
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var fp = pairs.Count(p => p.Gold != label && p.Predicted == label);
            var fn = pairs.Count(p => p.Gold == label && p.Predicted != label);
            return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }).ToList();
        return new ClassificationScores(pairs.Count, (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count, f1.Average());
    }
}
