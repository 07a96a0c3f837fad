using Microsoft.ML;
using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Classify.ML.Features;

namespace ReportIngest.Classify.Training;

/// <summary>Fits featurisation + one trainer on labelled tables; a fresh seeded context per fit keeps every fit reproducible.</summary>
public static class ModelFitter
{
    public static (ITransformer Model, DataViewSchema InputSchema, MLContext Ml) Fit(TrainerChoice trainer, IEnumerable<LabelledTable> tables, int seed)
    {
        var ml = new MLContext(seed);
        var rows = tables.Select(t => TableFeatureExtractor.ToRow(t.Table, t.Context, t.Label)).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = FeaturePipeline.Build(ml)
            .AppendCacheCheckpoint(ml)
            .Append(trainer.Create(ml))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(TablePrediction.PredictedLabel)));
        return (pipeline.Fit(data), data.Schema, ml);
    }
}
