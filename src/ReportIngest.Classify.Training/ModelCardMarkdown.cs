using System.Globalization;
using System.Text;

namespace ReportIngest.Classify.Training;

/// <summary>models/table-classifier.md: the model card for people — per-fold and per-label figures and the confusion matrix.</summary>
public static class ModelCardMarkdown
{
    public static void Write(ModelCard card, string path) => File.WriteAllText(path, Render(card));

    public static string Render(ModelCard card)
    {
        var md = new StringBuilder();
        md.AppendLine("# Table classifier — model card").AppendLine()
          .AppendLine($"Written by `reportingest train-classifier` from the repository alone (data hash `{card.DataHash[..16]}`, seed {card.Seed}); do not edit.").AppendLine()
          .AppendLine($"- model: `{card.Model}`, trainer **{card.Trainer}** — {card.TrainerDescription}")
          .AppendLine($"- training rows: {string.Join(", ", card.TrainingRows.Select(r => $"{r.Key} {r.Value}"))}")
          .AppendLine($"- real tables by region: {string.Join(", ", card.RealTablesByRegion.Select(r => $"{r.Key} {r.Value}"))}")
          .AppendLine($"- evaluation: {card.Evaluation}")
          .AppendLine($"- features: {string.Join("; ", card.Features)}")
          .AppendLine($"- confidence: {card.Calibration.Method}; review threshold {F(card.Calibration.ReviewThreshold)}: "
                      + $"{card.Calibration.BelowThreshold} of {card.Calibration.HeldOutPredictions} held-out predictions below it "
                      + $"(right {F(card.Calibration.AccuracyBelowThreshold)}), the rest right {F(card.Calibration.AccuracyAtOrAboveThreshold)}")
          .AppendLine();

        md.AppendLine("## Overall").AppendLine()
          .AppendLine("| classifier | scheme | tables | accuracy | macro-F1 | no-title accuracy | no-title macro-F1 |")
          .AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var m in card.Metrics)
            md.AppendLine($"| {m.Classifier}{(m.Classifier == card.Trainer ? " (chosen)" : "")} | {m.Scheme} | {m.Tables} | {F(m.Accuracy)} | {F(m.MacroF1)} | {F(m.TitleMissingAccuracy)} | {F(m.TitleMissingMacroF1)} |");

        md.AppendLine().AppendLine("## Per fold").AppendLine()
          .AppendLine("| classifier | scheme | held out | tables | accuracy | macro-F1 | no-title accuracy |")
          .AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var m in card.Metrics)
            foreach (var f in m.Folds)
                md.AppendLine($"| {m.Classifier} | {m.Scheme} | {f.HeldOut} | {f.Tables} | {F(f.Accuracy)} | {F(f.MacroF1)} | {F(f.TitleMissingAccuracy)} |");

        md.AppendLine().AppendLine($"## Per label ({card.Trainer}, leave-one-region-out)").AppendLine()
          .AppendLine("| label | gold tables | precision | recall | F1 |")
          .AppendLine("|---|---:|---:|---:|---:|");
        foreach (var l in card.ChosenPerLabel)
            md.AppendLine($"| {l.Label} | {l.Support} | {F(l.Precision)} | {F(l.Recall)} | {F(l.F1)} |");

        md.AppendLine().AppendLine($"## Confusion matrix ({card.Trainer}, leave-one-region-out; rows gold, columns predicted; labels with no table left out)").AppendLine();
        var used = Enumerable.Range(0, card.Labels.Count)
            .Where(i => card.ChosenConfusion[i].Sum() > 0 || card.ChosenConfusion.Sum(r => r[i]) > 0).ToList();
        md.AppendLine("| gold \\ predicted | " + string.Join(" | ", used.Select(i => $"{i + 1}")) + " |")
          .AppendLine("|---|" + string.Join("", used.Select(_ => "---:|")));
        foreach (var g in used)
            md.AppendLine($"| {g + 1} {card.Labels[g]} | " + string.Join(" | ", used.Select(p => card.ChosenConfusion[g][p] == 0 ? "" : card.ChosenConfusion[g][p].ToString(CultureInfo.InvariantCulture))) + " |");

        md.AppendLine().AppendLine("## Mistakes of the chosen trainer (held out)").AppendLine();
        md.AppendLine(card.ChosenMistakes.Count == 0 ? "None." : string.Join("\n", card.ChosenMistakes.Select(m => "- " + m)));
        return md.ToString();
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
