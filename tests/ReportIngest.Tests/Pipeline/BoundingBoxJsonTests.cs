using System.Text.Json;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;

namespace ReportIngest.Tests.Pipeline;

/// <summary>Cell boxes in artifacts: written short, read back to the same doubles.</summary>
public class BoundingBoxJsonTests
{
    [Fact]
    public void Every_box_reads_back_to_the_same_doubles()
    {
        var random = new Random(16);
        for (var i = 0; i < 20_000; i++)
        {
            // extraction's coordinates (whole hundredths, as PageFrame keeps them), and any other double
            var box = i % 2 == 0
                ? new BoundingBox(Hundredths(random), Hundredths(random), Hundredths(random), Hundredths(random))
                : new BoundingBox(random.NextDouble() * 842 - 10, 1.0 / 3, -0.005, 1e17 + random.Next());
            var json = JsonSerializer.Serialize(box, ArtifactJson.Options);
            var read = JsonSerializer.Deserialize<BoundingBox>(json, ArtifactJson.Options)!;
            Assert.True(box == read, $"{json} read back as {read}");
        }
    }

    [Fact]
    public void Whole_hundredths_are_written_as_their_digits_and_derived_sizes_are_not_stored()
    {
        var json = JsonSerializer.Serialize(new BoundingBox(63.18, -0.05, 94.5, 692), ArtifactJson.Options);

        Assert.Equal("""{"left":63.18,"bottom":-0.05,"right":94.5,"top":692}""", json);
    }

    [Fact]
    public void A_box_written_with_its_width_and_height_still_reads()
    {
        var read = JsonSerializer.Deserialize<BoundingBox>(
            """{"left":63.18749736718749,"bottom":673.5,"right":94.875,"top":692.48,"width":31.6875,"height":18.98}""", ArtifactJson.Options);

        Assert.Equal(new BoundingBox(63.18749736718749, 673.5, 94.875, 692.48), read);
    }

    private static double Hundredths(Random random) => Math.Round(random.NextDouble() * 1200 - 100, 2);
}
