using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>
/// For each fold of a <see cref="FoldScheme"/>: fit on every table not in the fold (synthetic tables always), score the
/// fold's real tables and their title-less variants. Nothing of the held-out fold is in training.
/// </summary>
public static class HeldOutEvaluation
{
    public static ClassifierEvaluation Evaluate(string name, TrainingDataset dataset, FoldScheme scheme,
        Func<IReadOnlyList<LabelledTable>, ITableClassifier> fit)
    {
        var pooled = new List<(string Gold, string Predicted)>();
        var titleMissing = new List<(string Gold, string Predicted)>();
        var predictions = new List<(double Confidence, bool Correct)>();
        var folds = new List<FoldScore>();
        var mistakes = new List<string>();
        var foldNames = dataset.Real.Select(scheme.FoldOf).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var fold in foldNames)
        {
            var classifier = fit(dataset.Tables.Where(t => scheme.FoldOf(t) != fold).ToList());
            try
            {
                var real = new List<(string Gold, string Predicted)>();
                var titleless = new List<(string Gold, string Predicted)>();
                foreach (var t in dataset.Tables.Where(t => scheme.FoldOf(t) == fold))
                {
                    var isTitleless = t.Origin == TableOrigin.Variant && t.Table.Title.Length == 0;
                    if (t.Origin != TableOrigin.Real && !isTitleless)
                        continue;
                    var label = classifier.Classify(t.Table, t.Context);
                    predictions.Add((label.Confidence, label.Type == t.Label));
                    if (isTitleless)
                    {
                        titleless.Add((t.Label, label.Type));
                        if (label.Type != t.Label)
                            mistakes.Add($"[no title] {t.DocumentId}#{t.Table.Index} {t.Label} → {label.Type} ({label.Confidence:0.00})");
                        continue;
                    }
                    real.Add((t.Label, label.Type));
                    if (label.Type != t.Label)
                        mistakes.Add($"{t.DocumentId}#{t.Table.Index} {t.Label} → {label.Type} ({label.Confidence:0.00}) «{t.Table.Title}»");
                }
                pooled.AddRange(real);
                titleMissing.AddRange(titleless);
                folds.Add(new FoldScore(fold, ClassificationScores.Of(real), ClassificationScores.Of(titleless)));
            }
            finally
            {
                (classifier as IDisposable)?.Dispose();
            }
        }
        return new ClassifierEvaluation(name, scheme.Name, ClassificationScores.Of(pooled), folds, ClassificationScores.Of(titleMissing),
            ConfusionMatrix.Of(TableTypes.All, pooled), mistakes, predictions);
    }
}
