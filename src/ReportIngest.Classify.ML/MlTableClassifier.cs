using System.Collections.Concurrent;
using Microsoft.ML;
using ReportIngest.Classify.ML.Features;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML;

/// <summary>
/// Labels tables with the ML.NET model that reportingest train-classifier writes to models/. Thread-safe: a table is
/// classified by a <see cref="PredictionEngine{TSrc,TDst}"/> (which is not) that no other thread holds meanwhile.
/// </summary>
public sealed class MlTableClassifier : ITableClassifier, IDisposable
{
    public const string ClassifierName = "ml";
    public const string ModelFileName = "table-classifier.zip";
    public const string MetadataFileName = "table-classifier.json";

    private readonly Task<(MLContext Ml, ITransformer Model)> _model;
    /// <summary>
    /// Engines not in use. Pooled rather than one per thread: a batch's documents move between pool threads at every
    /// await, so one engine per thread built five or six engines where two classify at once (building one is about
    /// 25 ms; 1.4 % of the CPU of a 40-report ingest).
    /// </summary>
    private readonly ConcurrentBag<PredictionEngine<TableFeatureRow, TablePrediction>> _idleEngines = [];
    private readonly ConcurrentQueue<PredictionEngine<TableFeatureRow, TablePrediction>> _allEngines = [];
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
    }

    /// <summary>The model in a models folder (models/table-classifier.zip).</summary>
    public static MlTableClassifier FromModelsFolder(string modelsFolder) => new(Path.Combine(modelsFolder, ModelFileName));

    public string Name => ClassifierName;

    /// <summary>"ml:" and the first hex digits of the SHA-256 of the model file and its calibration ("ml" for a model in memory).</summary>
    public string Identity { get; private init; } = ClassifierName;

    public TableLabel Classify(Table table, TableContext context)
    {
        var row = TableFeatureExtractor.ToRow(table, context);
        var engine = RentEngine();
        TablePrediction prediction;
        try
        {
            prediction = engine.Predict(row);
        }
        finally
        {
            _idleEngines.Add(engine);
        }
        var score = prediction.Score.Length == 0 ? 0 : prediction.Score.Max();
        var confidence = Math.Clamp(_calibration.Apply(score), 0, 1);
        return new TableLabel(prediction.PredictedLabel, confidence, ClassifierName, _calibration.NeedsReview(confidence));
    }

    private PredictionEngine<TableFeatureRow, TablePrediction> RentEngine()
    {
        if (_idleEngines.TryTake(out var engine)) return engine;
        var (ml, loaded) = _model.GetAwaiter().GetResult();
        engine = ml.Model.CreatePredictionEngine<TableFeatureRow, TablePrediction>(loaded);
        _allEngines.Enqueue(engine);
        return engine;
    }

    public void Dispose()
    {
        while (_allEngines.TryDequeue(out var engine))
            engine.Dispose();
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
