using ReportIngest.Classify;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Text;
using ReportIngest.Normalise;
using ReportIngest.Reconstruct;
using ReportIngest.Validate;

namespace ReportIngest.Cli.Pipeline;

/// <summary>
/// The stages put together: each takes the previous stage's artifact and returns its own. With an artifact store,
/// a stage's output is saved per document and reused while the stage's code version is unchanged.
/// </summary>
internal sealed class DocumentPipeline(
    IReadOnlyList<IDocumentExtractor> extractors,
    ITableClassifier classifier,
    ArtifactStore? artifacts)
{
    private readonly TableReconstructor reconstructor = new();
    private readonly DocumentNormaliser normaliser = DocumentNormaliser.Default;
    private readonly DocumentValidator validator = DocumentValidator.Default;

    private readonly HashSet<string> recompute = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> stageTicks = new();

    /// <summary>Time spent in each stage so far (computing or loading its artifact, and saving it), summed over documents.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes =>
        Stages.Ordered.Where(stageTicks.ContainsKey).ToDictionary(s => s, s => TimeSpan.FromTicks(stageTicks[s]));

    public ArtifactStore? Artifacts => artifacts;

    /// <summary>Makes the given stages recompute even when a current artifact exists (the <c>run</c> command).</summary>
    public void Recompute(IEnumerable<string> stages) => recompute.UnionWith(stages);

    public static DocumentPipeline CreateDefault(ArtifactStore? artifacts, ITableClassifier? classifier = null) =>
        new([new TextExtractor(), new PdfExtractor()], classifier ?? new RuleTableClassifier(), artifacts);

    /// <summary>
    /// A stage's artifact version: its code identity (the module version id of the assembly that implements it, which
    /// deterministic builds change exactly when the code changes) chained with the versions of the stages before it.
    /// </summary>
    public static string VersionOf(string stage, ITableClassifier classifier)
    {
        var chain = new List<string>();
        foreach (var s in Stages.Ordered)
        {
            chain.Add(s switch
            {
                Stages.Extract => Identity(typeof(TextExtractor)) + Identity(typeof(PdfExtractor)),
                Stages.Reconstruct => Identity(typeof(TableReconstructor)),
                Stages.Classify => classifier.Name + Identity(classifier.GetType()),
                Stages.Normalise => Identity(typeof(DocumentNormaliser)),
                Stages.Validate => Identity(typeof(DocumentValidator)),
                _ => "",
            });
            if (s == stage) break;
        }
        return string.Join("/", chain);
    }

    private static string Identity(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public ExtractedDocument Extract(SourceDocument document, CancellationToken ct) =>
        Cached(document.Sha256, Stages.Extract, () =>
        {
            var extractor = extractors.FirstOrDefault(e => e.CanRead(document))
                ?? throw new DocumentFailure(Stages.Extract, $"no reader for {document.Kind} input");
            return extractor.Extract(document, ct);
        });

    public ReconstructedDocument Reconstruct(ExtractedDocument extracted) =>
        Cached(extracted.Sha256, Stages.Reconstruct, () =>
        {
            var reconstructed = reconstructor.Reconstruct(extracted);
            if (reconstructed.Tables.Count == 0)
                throw new DocumentFailure(Stages.Reconstruct, "no table found in the document");
            return reconstructed;
        });

    // Each artifact holds only what its stage adds (labels, facts, checks), not the documents before it again:
    // the documents are rebuilt from the chain of artifacts (see ArtifactChain).
    public ClassifiedDocument Classify(ReconstructedDocument document)
    {
        var labels = Cached(document.Sha256, Stages.Classify, () =>
        {
            var phase = PhaseHint.Of(document);
            return document.Tables
                .Select(t => classifier.Classify(t, new TableContext(t.Index, document.Tables.Count, phase)))
                .ToList();
        });
        return new ClassifiedDocument(document, labels);
    }

    public NormalisedDocument Normalise(ClassifiedDocument document)
    {
        var part = Cached(document.Document.Sha256, Stages.Normalise, () => NormalisedPart.Of(normaliser.Normalise(document)));
        return part.With(document);
    }

    public ValidatedDocument Validate(NormalisedDocument document)
    {
        var checks = Cached(document.Classified.Document.Sha256, Stages.Validate, () => validator.Validate(document).Checks.ToList());
        return new ValidatedDocument(document, checks);
    }

    public ValidatedDocument RunThroughValidate(SourceDocument document, CancellationToken ct) =>
        Validate(Normalise(Classify(Reconstruct(Extract(document, ct)))));

    private T Cached<T>(string sha256, string stage, Func<T> compute)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return CachedUntimed(sha256, stage, compute);
        }
        finally
        {
            stageTicks.AddOrUpdate(stage, clock.Elapsed.Ticks, (_, t) => t + clock.Elapsed.Ticks);
        }
    }

    private T CachedUntimed<T>(string sha256, string stage, Func<T> compute)
    {
        if (artifacts is null) return compute();
        var version = VersionOf(stage, classifier);
        if (!recompute.Contains(stage) && artifacts.TryLoad<T>(sha256, stage, version, out var cached)) return cached;
        var value = compute();
        artifacts.Save(sha256, stage, version, value);
        return value;
    }
}
