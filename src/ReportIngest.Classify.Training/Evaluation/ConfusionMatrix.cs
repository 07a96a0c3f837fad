namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>Counts of (gold, predicted) label pairs; rows are gold labels, columns predictions, both in <see cref="Labels"/> order.</summary>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    public static ConfusionMatrix Of(IReadOnlyList<string> labels, IEnumerable<(string Gold, string Predicted)> pairs)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var counts = labels.Select(_ => new int[labels.Count]).ToArray();
        foreach (var (gold, predicted) in pairs)
            counts[index[gold]][index[predicted]]++;
        return new ConfusionMatrix(labels, counts);
    }

    /// <summary>The off-diagonal cells, largest first: "gold → predicted ×n".</summary>
    public IReadOnlyList<string> Errors() =>
        Labels.SelectMany((gold, g) => Labels.Select((predicted, p) => (gold, predicted, n: g == p ? 0 : Counts[g][p])))
            .Where(e => e.n > 0)
            .OrderByDescending(e => e.n)
            .Select(e => $"{e.gold} → {e.predicted} ×{e.n}")
            .ToList();
}
