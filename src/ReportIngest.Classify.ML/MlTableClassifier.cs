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

    private readonly Task<(MLContext Ml, ITransformer Model)> _model;
    private readonly ThreadLocal<PredictionEngine<TableFeatureRow, TablePrediction>> _engines;
    private readonly ConfidenceCalibration _calibration;

    /// <summary>
    /// Checks the model .zip and starts loading it in the background, with the calibration beside it (uncalibrated
    /// when there is none); throws <see cref="ClassifierModelMissingException"/> when the model is missing or not a
    /// model archive.
    /// </summary>
    /// <remarks>
    /// Loading takes about half a second (ML.NET reads the archive and builds its pipeline), which a batch spends
    /// extracting its first documents instead: the first table classified waits for it.
    /// </remarks>
    public MlTableClassifier(string modelPath)
        : this(StartLoading(modelPath), ConfidenceCalibration.LoadOrIdentity(CalibrationBeside(modelPath)))
    {
        Identity = $"{ClassifierName}:{FileHashes.Of(modelPath, CalibrationBeside(modelPath))}";
    }

    private static string CalibrationBeside(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, ConfidenceCalibration.FileName);

    /// <summary>Wraps a model already in memory (the trainer's cross-validation folds), uncalibrated.</summary>
    public MlTableClassifier(ITransformer model)
        : this(Task.FromResult((new MLContext(), model)), ConfidenceCalibration.Identity)
    {
    }

    private MlTableClassifier(Task<(MLContext Ml, ITransformer Model)> model, ConfidenceCalibration calibration)
    {
        _model = model;
        _calibration = calibration;
        _engines = new ThreadLocal<PredictionEngine<TableFeatureRow, TablePrediction>>(() =>
        {
            var (ml, loaded) = _model.GetAwaiter().GetResult();
            return ml.Model.CreatePredictionEngine<TableFeatureRow, TablePrediction>(loaded);
        }, trackAllValues: true);
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

    private static Task<(MLContext, ITransformer)> StartLoading(string modelPath)
    {
        if (!File.Exists(modelPath))
            throw new ClassifierModelMissingException(modelPath);
        try
        {
            // what makes a file unreadable as a model (not a zip, an empty one) is found here, before anything runs
            using var archive = System.IO.Compression.ZipFile.OpenRead(modelPath);
            if (archive.Entries.Count == 0) throw new InvalidDataException("the archive is empty");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new ClassifierModelMissingException(modelPath, e);
        }
        return Task.Run(() => Load(modelPath, new MLContext()));
    }

    private static (MLContext, ITransformer) Load(string modelPath, MLContext ml)
    {
        try
        {
            return (ml, ml.Model.Load(modelPath, out _));
        }
        catch (Exception e)
        {
            throw new ClassifierModelMissingException(modelPath, e);
        }
    }
}
