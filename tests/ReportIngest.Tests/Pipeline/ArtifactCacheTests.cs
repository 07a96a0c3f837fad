using System.Text;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Facts;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Stages;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>Artifacts are stored compressed, and a cached run reads only the latest whole document it needs.</summary>
public class ArtifactCacheTests
{
    [Fact]
    public void Artifacts_are_stored_compressed_and_read_back_as_their_json()
    {
        using var temp = new TempDirectory();
        var store = new ArtifactStore(temp.File("artifacts"));
        var pipeline = DocumentPipeline.CreateDefault(store);
        var source = SourceFiles.Open(RepoPaths.CorpusFile("002.pdf"));
        pipeline.Run(source, Stages.Extract, Stages.Validate, DocumentRun.Of(source));

        var json = store.ReadJson(source.Sha256, Stages.Extract);
        var stored = new FileInfo(store.PathOf(source.Sha256, Stages.Extract)).Length;
        Assert.StartsWith("{\"stage\":\"extract\"", json);
        Assert.True(stored * 4 < Encoding.UTF8.GetByteCount(json), $"{stored} bytes stored for {Encoding.UTF8.GetByteCount(json)} bytes of JSON");
    }

    [Fact]
    public void The_generated_serializer_writes_every_stage_artifact_exactly_as_the_reflection_one_did()
    {
        using var temp = new TempDirectory();
        var store = new ArtifactStore(temp.File("artifacts"));
        var pipeline = DocumentPipeline.CreateDefault(store);
        var source = SourceFiles.Open(RepoPaths.CorpusFile("000.pdf"));
        pipeline.Run(source, Stages.Extract, Stages.Validate, DocumentRun.Of(source));
        var reflection = new System.Text.Json.JsonSerializerOptions(ArtifactJson.Options)
        {
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };

        foreach (var stage in new[] { Stages.Extract, Stages.Reconstruct, Stages.Classify, Stages.Normalise, Stages.Validate })
        {
            var written = store.ReadJson(source.Sha256, stage);
            var type = pipeline.Stage(stage).GetType().BaseType!.GetGenericArguments()[1];
            var envelope = typeof(ArtifactEnvelope<>).MakeGenericType(type);
            var read = System.Text.Json.JsonSerializer.Deserialize(written, envelope, reflection);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(read, envelope, reflection), written);
        }
    }

    [Fact]
    public void A_cached_run_starts_from_the_reconstructed_document_without_reading_the_extracted_one()
    {
        using var temp = new TempDirectory();
        var store = new ArtifactStore(temp.File("artifacts"));
        var source = SourceFiles.Open(RepoPaths.CorpusFile("002.pdf"));
        var first = (ValidatedDocument)DocumentPipeline.CreateDefault(store).Run(source, Stages.Extract, Stages.Validate, DocumentRun.Of(source));

        // An unreadable extract artifact would be recomputed (and rewritten) if the cached run read it.
        var extract = store.PathOf(source.Sha256, Stages.Extract);
        File.WriteAllBytes(extract, [0x42]);
        var again = DocumentPipeline.CreateDefault(store);
        var second = (ValidatedDocument)again.Run(source, Stages.Extract, Stages.Validate, DocumentRun.Of(source));

        Assert.Equal([0x42], File.ReadAllBytes(extract));
        Assert.DoesNotContain(Stages.Extract, again.StageTimes.Keys);
        Assert.Equal(first.Normalised.Facts, second.Normalised.Facts);
    }

    [Fact]
    public void A_stage_asked_to_recompute_reads_the_artifacts_before_it_again()
    {
        using var temp = new TempDirectory();
        var store = new ArtifactStore(temp.File("artifacts"));
        var source = SourceFiles.Open(RepoPaths.CorpusFile("002.pdf"));
        DocumentPipeline.CreateDefault(store).Run(source, Stages.Extract, Stages.Reconstruct, DocumentRun.Of(source));

        var again = DocumentPipeline.CreateDefault(store);
        again.Recompute([Stages.Reconstruct]);
        again.Run(source, Stages.Extract, Stages.Reconstruct, DocumentRun.Of(source));

        Assert.Contains(Stages.Extract, again.StageTimes.Keys);
    }
}
