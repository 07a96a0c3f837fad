using Microsoft.ML;
using ReportIngest.Classify.ML.Features;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML;

/// <summary>
/// Labels tables with the ML.NET model that reportingest train-classifier writes to models/. Thread-safe: each
/// thread gets its own <see cref="PredictionEngine{TSrc,TDst}"/>, which is not.
/// </summary>
public sealed class MlTableClassifier : ITableClassifier, IDisposable
{
    public const string ClassifierName = "ml";
    public const string ModelFileName = "table-classifier.zip";
    public const string MetadataFileName = "table-classifier.json";

    private readonly ThreadLocal<PredictionEngine<TableFeatureRow, TablePrediction>> _engines;
    private readonly ConfidenceCalibration _calibration;

    /// <summary>
    /// Loads the model .zip and the calibration beside it (uncalibrated when there is none); throws
    /// <see cref="ClassifierModelMissingException"/> when the model is missing or unreadable.
    /// </summary>
    public MlTableClassifier(string modelPath)
        : this(Load(modelPath, new MLContext()), ConfidenceCalibration.LoadOrIdentity(CalibrationBeside(modelPath)))
    {
        Identity = $"{ClassifierName}:{FileHashes.Of(modelPath, CalibrationBeside(modelPath))}";
    }

    private static string CalibrationBeside(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, ConfidenceCalibration.FileName);

    /// <summary>Wraps a model already in memory (the trainer's cross-validation folds), uncalibrated.</summary>
    public MlTableClassifier(ITransformer model)
        : this((new MLContext(), model), ConfidenceCalibration.Identity)
    {
    }

    private MlTableClassifier((MLContext Ml, ITransformer Model) loaded, ConfidenceCalibration calibration)
    {
        _calibration = calibration;
        _engines = new ThreadLocal<PredictionEngine<TableFeatureRow, TablePrediction>>(
            () => loaded.Ml.Model.CreatePredictionEngine<TableFeatureRow, TablePrediction>(loaded.Model), trackAllValues: true);
    }

    /// <summary>The model in a models folder (models/table-classifier.zip).</summary>
    public static MlTableClassifier FromModelsFolder(string modelsFolder) => new(Path.Combine(modelsFolder, ModelFileName));

    public string Name => ClassifierName;

    /// <summary>"ml:" and the first hex digits of the SHA-256 of the model file and its calibration ("ml" for a model in memory).</summary>
    public string Identity { get; private init; } = ClassifierName;

    public TableLabel Classify(Table table, TableContext context)
    {
        var prediction = _engines.Value!.Predict(TableFeatureExtractor.ToRow(table, context));
        var score = prediction.Score.Length == 0 ? 0 : prediction.Score.Max();
        var confidence = Math.Clamp(_calibration.Apply(score), 0, 1);
        return new TableLabel(prediction.PredictedLabel, confidence, ClassifierName, _calibration.NeedsReview(confidence));
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
            engine.Dispose();
        _engines.Dispose();
    }

    private static (MLContext, ITransformer) Load(string modelPath, MLContext ml)
    {
        if (!File.Exists(modelPath))
            throw new ClassifierModelMissingException(modelPath);
        try
        {
            return (ml, ml.Model.Load(modelPath, out _));
        }
        catch (Exception e) when (e is not ClassifierModelMissingException)
        {
            throw new ClassifierModelMissingException(modelPath, e);
        }
    }
}
