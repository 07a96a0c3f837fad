using System.Text.Json.Nodes;
using ReportIngest.Core.Artifacts;

namespace ReportIngest.Tests.Review;

/// <summary>
/// Changes one printed figure in a document's stored extraction, as if the report had printed it so, and drops the
/// artifacts after it: ingesting the same file again with --reload reuses the changed extraction and recomputes everything else.
/// </summary>
public static class PerturbedExtraction
{
    /// <summary>In the grid row holding <paramref name="rowLabel"/>, the cell printed <paramref name="from"/> now reads <paramref name="to"/>.</summary>
    public static void Change(ArtifactStore store, string sha256, string rowLabel, string from, string to)
    {
        var artifact = JsonNode.Parse(store.ReadJson(sha256, Stages.Extract))!;
        var changed = 0;
        foreach (var grid in artifact["payload"]!["elements"]!.AsArray().Where(e => (string?)e!["kind"] == "grid"))
        {
            var cells = grid!["cells"]!.AsArray();
            var rows = cells.Where(c => ((string?)c!["text"])?.Contains(rowLabel) == true).Select(c => (int)c!["row"]!).ToHashSet();
            foreach (var cell in cells.Where(c => rows.Contains((int)c!["row"]!) && (string?)c!["text"] == from))
            {
                cell!["text"] = to;
                changed++;
            }
        }
        Assert.True(changed == 1, $"expected one cell printed {from} beside '{rowLabel}', changed {changed}");
        store.WriteJson(sha256, Stages.Extract, artifact.ToJsonString(ArtifactJson.Options));
        foreach (var stage in new[] { Stages.Reconstruct, Stages.Classify, Stages.Normalise, Stages.Validate })
            File.Delete(store.PathOf(sha256, stage));
    }
}
