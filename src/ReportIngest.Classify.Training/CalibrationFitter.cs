using ReportIngest.Classify.ML;

namespace ReportIngest.Classify.Training;

/// <summary>
/// Fits a <see cref="ConfidenceCalibration"/> by isotonic regression (pool adjacent violators) of held-out
/// correctness on the model's top probability. Each pooled block's share is smoothed as (right + 1) / (n + 2), so a
/// block of a few all-right predictions does not claim certainty.
/// </summary>
public static class CalibrationFitter
{
    public static ConfidenceCalibration Fit(IReadOnlyList<(double Score, bool Correct)> predictions, double reviewThreshold)
    {
        var blocks = new List<(double From, int Right, int Count)>();
        foreach (var (score, correct) in predictions.OrderBy(p => p.Score).ThenBy(p => p.Correct))
        {
            blocks.Add((score, correct ? 1 : 0, 1));
            while (blocks.Count > 1 && Share(blocks[^2]) >= Share(blocks[^1]))
            {
                var (from, right, count) = blocks[^2];
                blocks[^2] = (from, right + blocks[^1].Right, count + blocks[^1].Count);
                blocks.RemoveAt(blocks.Count - 1);
            }
        }
        var steps = new List<CalibrationStep>();
        var running = 0.0;
        foreach (var block in blocks)
        {
            running = Math.Max(running, (block.Right + 1.0) / (block.Count + 2.0));
            steps.Add(new CalibrationStep(Math.Round(block.From, 6), Math.Round(running, 4)));
        }
        return new ConfidenceCalibration(steps, reviewThreshold);
    }

    private static double Share((double From, int Right, int Count) block) => (double)block.Right / block.Count;
}
