using System.Collections.Concurrent;
using System.Diagnostics;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;
using ReportIngest.Extract.Pdf;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Pipeline;

/// <summary>
/// Runs a list of stages over documents. Every stage goes through <see cref="RunStage"/>: with an artifact store its
/// artifact is reused while its version (its code and the stages before it) is unchanged, otherwise computed and
/// saved; its time is added up; an error it throws becomes a <see cref="DocumentFailure"/> naming it.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly ArtifactStore? artifacts;
    private readonly HashSet<string> recompute = [];
    private readonly ConcurrentDictionary<string, long> stageTicks = new();

    /// <param name="stages">In order; each stage's input is the output of the one before it.</param>
    public DocumentPipeline(IReadOnlyList<IStage> stages, ArtifactStore? artifacts)
    {
        for (var i = 1; i < stages.Count; i++)
            if (!stages[i].Input.IsAssignableFrom(stages[i - 1].Output))
                throw new ArgumentException($"stage '{stages[i].Name}' reads {stages[i].Input.Name}, but '{stages[i - 1].Name}' before it returns {stages[i - 1].Output.Name}", nameof(stages));
        if (stages.Select(s => s.Name).Distinct().Count() != stages.Count)
            throw new ArgumentException("two stages share a name", nameof(stages));
        Stages = stages;
        this.artifacts = artifacts;
    }

    public static DocumentPipeline CreateDefault(ArtifactStore? artifacts, ITableClassifier? classifier = null, PdfExtractorOptions? pdf = null) =>
        new(StageList.Default(classifier, pdf), artifacts);

    public IReadOnlyList<IStage> Stages { get; }

    public ArtifactStore? Artifacts => artifacts;

    /// <summary>Time spent in each stage so far (computing or loading its artifact, and saving it), summed over documents.</summary>
    public IReadOnlyDictionary<string, TimeSpan> StageTimes =>
        Stages.Where(s => stageTicks.ContainsKey(s.Name)).ToDictionary(s => s.Name, s => TimeSpan.FromTicks(stageTicks[s.Name]));

    public IStage Stage(string name) =>
        Stages.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no stage '{name}' (stages: {string.Join(", ", Stages.Select(s => s.Name))})");

    public int IndexOf(string name) => IndexOf(Stage(name));

    private int IndexOf(IStage stage)
    {
        for (var i = 0; i < Stages.Count; i++)
            if (ReferenceEquals(Stages[i], stage)) return i;
        throw new ArgumentException($"stage '{stage.Name}' is not in this pipeline");
    }

    /// <summary>Makes the given stages recompute even when a current artifact exists (the <c>run</c> command).</summary>
    public void Recompute(IEnumerable<string> stages) => recompute.UnionWith(stages);

    /// <summary>
    /// A stage's artifact version: the code identity of each stage up to it, with what each read besides its input,
    /// so an artifact is stale when any stage before it changed.
    /// </summary>
    public string VersionOf(IStage stage, DocumentRun run)
    {
        var chain = Stages.Take(IndexOf(stage) + 1)
            .Select(s => s.SideInputs(run) is { Length: > 0 } side ? $"{s.Version}[{side}]" : s.Version);
        return string.Join("/", chain);
    }

    /// <summary>Runs the stages from <paramref name="first"/> through <paramref name="last"/>; the input is the first one's.</summary>
    /// <remarks>
    /// With a current artifact of a whole-document stage (reconstruct) the stages before it are skipped, their
    /// artifacts never read: a cached re-run reads only the latest document and the small artifacts after it.
    /// </remarks>
    public object Run(object input, string first, string last, DocumentRun run)
    {
        var end = IndexOf(last);
        var (resume, current) = LatestStoredDocument(IndexOf(first), end, run) ?? (IndexOf(first), input);
        for (var i = resume; i <= end; i++)
            current = RunStage(Stages[i], current, run);
        return current;
    }

    /// <summary>
    /// The output of the last whole-document stage after <paramref name="start"/> (and at or before
    /// <paramref name="end"/>) whose artifact is current, with the index of the stage to go on from; null when none is.
    /// </summary>
    private (int Resume, object Output)? LatestStoredDocument(int start, int end, DocumentRun run)
    {
        if (artifacts is null) return null;
        for (var i = end; i > start; i--)
        {
            var stage = Stages[i];
            if (!stage.SavesArtifact || !stage.ArtifactIsOutput) continue;
            if (Stages.Skip(start).Take(i - start + 1).Any(s => recompute.Contains(s.Name))) continue;
            run.CurrentStage = stage.Name;
            var clock = Stopwatch.StartNew();
            var found = stage.TryLoad(artifacts, run.Sha256, VersionOf(stage, run), out var stored);
            stageTicks.AddOrUpdate(stage.Name, clock.Elapsed.Ticks, (_, t) => t + clock.Elapsed.Ticks);
            if (found) return (i + 1, stored);
        }
        return null;
    }

    /// <summary>
    /// Recomputes the stages from <paramref name="first"/> through <paramref name="last"/> for a document whose earlier
    /// stages are stored: the input is rebuilt from their artifacts (the first stage reads the file itself).
    /// </summary>
    public object Rerun(string first, string last, DocumentRun run)
    {
        var from = IndexOf(first);
        Recompute(Stages.Skip(from).Take(IndexOf(last) - from + 1).Select(s => s.Name));
        object input = from == 0
            ? run.Source ?? throw new ArgumentException($"{first} needs the file itself: give its path")
            : Rebuild(Stages[from - 1].Name, run.Sha256);
        return Run(input, first, last, run);
    }

    /// <summary>
    /// <see cref="Run"/> with a time limit that grows while the document runs (by the pages the extractor finds to OCR):
    /// past it the document is abandoned with a failure naming the stage it was in and the limit (the stages are asked
    /// to stop through <see cref="DocumentRun.Cancellation"/>; one that does not is left behind).
    /// </summary>
    public async Task<object> RunAsync(object input, string first, string last, DocumentRun run, DocumentTimeLimit limit, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var timed = run with { Cancellation = timeout.Token };
        var work = Task.Run(() =>
        {
            limit.Enter();
            return Run(input, first, last, timed);
        }, timeout.Token);
        var clock = Stopwatch.StartNew();
        try
        {
            // The limit is read again whenever it would have run out: the extractor may have extended it meanwhile.
            while (!work.IsCompleted)
            {
                var remaining = limit.Total - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    await timeout.CancelAsync();
                    await work.WaitAsync(StopGrace, ct);
                    break;
                }
                await Task.WhenAny(work, Task.Delay(remaining, ct));
                ct.ThrowIfCancellationRequested();
            }
            return await work;
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
        {
            throw new DocumentFailure(timed.CurrentStage ?? first, $"took longer than {limit.Describe()}");
        }
    }

    /// <summary>How long a document past its limit has to stop before it is left behind.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>One stage for one document: its artifact reused or computed and saved, timed, its errors named.</summary>
    public object RunStage(IStage stage, object input, DocumentRun run)
    {
        run.CurrentStage = stage.Name;
        var clock = Stopwatch.StartNew();
        try
        {
            return stage.Combine(input, ArtifactOf(stage, input, run));
        }
        catch (Exception e) when (e is not (DocumentFailure or OperationCanceledException))
        {
            throw new DocumentFailure(stage.Name, e is IOException or UnauthorizedAccessException
                ? "cannot read the file: " + e.Message
                : $"internal error ({e.GetType().Name}): {e.Message}");
        }
        finally
        {
            stageTicks.AddOrUpdate(stage.Name, clock.Elapsed.Ticks, (_, t) => t + clock.Elapsed.Ticks);
        }
    }

    private object ArtifactOf(IStage stage, object input, DocumentRun run)
    {
        if (artifacts is null || !stage.SavesArtifact) return stage.Compute(input, run);
        var version = VersionOf(stage, run);
        if (!recompute.Contains(stage.Name) && stage.TryLoad(artifacts, run.Sha256, version, out var cached)) return cached;
        var artifact = stage.Compute(input, run);
        stage.Save(artifacts, run.Sha256, version, artifact);
        return artifact;
    }

    /// <summary>
    /// A stage's output rebuilt from the stored artifacts of that stage and the stages before it, back to the nearest
    /// stage whose artifact is a whole document (a stage that saves nothing passes its input on).
    /// </summary>
    public object Rebuild(string stageName, string sha256)
    {
        var store = artifacts ?? throw new InvalidOperationException("no artifact store to rebuild from");
        var index = IndexOf(stageName);
        var stage = Stages[index];
        if (!stage.SavesArtifact)
            return index == 0 ? throw new ArgumentException($"'{stageName}' keeps no artifact") : Rebuild(Stages[index - 1].Name, sha256);
        var artifact = stage.Load(store, sha256);
        if (stage.ArtifactIsOutput) return artifact;
        if (index == 0) throw new InvalidOperationException($"'{stageName}' needs its input, and no stage comes before it");
        return stage.Combine(Rebuild(Stages[index - 1].Name, sha256), artifact);
    }
}
