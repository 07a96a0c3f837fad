using ReportIngest.Core.Artifacts;

namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// A stage that reads <typeparamref name="TIn"/>, stores <typeparamref name="TArtifact"/> (only what it adds) and
/// returns <typeparamref name="TOut"/>, the input and the artifact together. Caching, timing and failures are the
/// runner's (<see cref="DocumentPipeline"/>), never the stage's.
/// </summary>
public abstract class Stage<TIn, TArtifact, TOut> : IStage
    where TIn : notnull
    where TArtifact : notnull
    where TOut : notnull
{
    public abstract string Name { get; }

    public virtual string Version => CodeIdentity.Of(GetType());

    public Type Input => typeof(TIn);

    public Type Output => typeof(TOut);

    public virtual bool SavesArtifact => true;

    public virtual bool ArtifactIsOutput => false;

    public virtual string SideInputs(DocumentRun run) => "";

    public abstract TArtifact Compute(TIn input, DocumentRun run);

    public abstract TOut Combine(TIn input, TArtifact artifact);

    object IStage.Compute(object input, DocumentRun run) => Compute((TIn)input, run);

    object IStage.Combine(object input, object artifact) => Combine((TIn)input, (TArtifact)artifact);

    bool IStage.TryLoad(ArtifactStore store, string sha256, string version, out object artifact)
    {
        var found = store.TryLoad<TArtifact>(sha256, Name, version, out var value);
        artifact = value;
        return found;
    }

    object IStage.Load(ArtifactStore store, string sha256) => store.Load<TArtifact>(sha256, Name);

    void IStage.Save(ArtifactStore store, string sha256, string version, object artifact) =>
        store.Save(sha256, Name, version, (TArtifact)artifact);
}
