using ReportIngest.Core.Extraction;

namespace ReportIngest.Reconstruct;

/// <summary>A table while its rows are still being gathered (possibly over several pages).</summary>
internal sealed class TableDraft(string title, IReadOnlyList<string> context, int? firstLine)
{
    public string Title { get; } = title;
    public List<string> Context { get; } = [.. context];
    public int? FirstLine { get; } = firstLine;
    public List<DraftRow> Rows { get; } = [];

    /// <summary>How the grid that opened the table was found.</summary>
    public GridKind Kind { get; init; } = GridKind.Text;
    public int Width => Rows.Count == 0 ? 0 : Rows.Max(r => r.Width);

    public int HeaderRowCount
    {
        get
        {
            // the detector reads no further than its deepest header and one row more
            var width = Width;
            return HeaderDetector.Count(Rows.Take(HeaderDetector.MaxHeaderRows + 1).Select(r => r.Texts(width)).ToList());
        }
    }
}
