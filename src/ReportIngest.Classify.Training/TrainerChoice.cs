using Microsoft.ML;

namespace ReportIngest.Classify.Training;

/// <summary>A named ML.NET multiclass trainer, created fresh for every fit (trainers keep state).</summary>
public sealed record TrainerChoice(string Name, string Description, Func<MLContext, IEstimator<ITransformer>> Create);
