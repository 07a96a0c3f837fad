namespace ReportIngest.Pipeline.Stages;

/// <summary>A stage whose artifact is its whole output (extract, reconstruct): a document of its own.</summary>
public abstract class DocumentStage<TIn, TOut> : Stage<TIn, TOut, TOut>
    where TIn : notnull
    where TOut : notnull
{
    public sealed override bool ArtifactIsOutput => true;

    public sealed override TOut Combine(TIn input, TOut artifact) => artifact;
}
