using ReportIngest.Core.Artifacts;

namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// One step of the pipeline as the runner sees it: a name, a code version, the artifact type it reads and the one it
/// returns. Implement it through <see cref="Stage{TIn, TArtifact, TOut}"/>, which types these members.
/// </summary>
public interface IStage
{
    /// <summary>The stage's name: its artifact file (<c>{name}.json.br</c>) and its name on the command line.</summary>
    string Name { get; }

    /// <summary>The identity of the code that computes the stage; a stored artifact of another version is recomputed.</summary>
    string Version { get; }

    Type Input { get; }

    Type Output { get; }

    /// <summary>False for a stage whose effect is outside the artifact store (load): it runs every time.</summary>
    bool SavesArtifact { get; }

    /// <summary>True when the artifact is the whole output, so rebuilding the output needs no earlier artifact.</summary>
    bool ArtifactIsOutput { get; }

    /// <summary>What the stage reads besides its input (manifest hints), as text the artifact's version includes.</summary>
    string SideInputs(DocumentRun run);

    object Compute(object input, DocumentRun run);

    object Combine(object input, object artifact);

    bool TryLoad(ArtifactStore store, string sha256, string version, out object artifact);

    object Load(ArtifactStore store, string sha256);

    void Save(ArtifactStore store, string sha256, string version, object artifact);
}
