using ReportIngest.Classify.ML.Dataset;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Evaluation;

/// <summary>
/// Leave-one-document-out: for each document group, fit on every other group plus the synthetic tables, and score
/// the held-out group's real tables (and their title-less variants). Nothing of the held-out group is in training.
/// </summary>
public static class LeaveOneDocumentOut
{
    public static ClassifierEvaluation Evaluate(string name, TrainingDataset dataset, Func<IReadOnlyList<LabelledTable>, ITableClassifier> fit)
    {
        var pooled = new List<(string Gold, string Predicted)>();
        var titleMissing = new List<(string Gold, string Predicted)>();
        var folds = new List<FoldScore>();
        var mistakes = new List<string>();
        foreach (var group in dataset.Groups)
        {
            var training = dataset.Tables.Where(t => t.Group != group).ToList();
            var classifier = fit(training);
            try
            {
                var fold = new List<(string Gold, string Predicted)>();
                foreach (var t in dataset.Tables.Where(t => t.Group == group))
                {
                    var predicted = classifier.Classify(t.Table, t.Context).Type;
                    if (t.Origin == TableOrigin.Real)
                    {
                        fold.Add((t.Label, predicted));
                        if (predicted != t.Label)
                            mistakes.Add($"{t.DocumentId}#{t.Table.Index} {t.Label} → {predicted} «{t.Table.Title}»");
                    }
                    else if (t.Origin == TableOrigin.Variant && t.Table.Title.Length == 0)
                        titleMissing.Add((t.Label, predicted));
                }
                pooled.AddRange(fold);
                folds.Add(new FoldScore(group, ClassificationScores.Of(fold)));
            }
            finally
            {
                (classifier as IDisposable)?.Dispose();
            }
        }
        return new ClassifierEvaluation(name, ClassificationScores.Of(pooled), folds, ClassificationScores.Of(titleMissing),
            ConfusionMatrix.Of(TableTypes.All, pooled), mistakes);
    }
}
