using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;

namespace ReportIngest.Extract.Text;

/// <summary>
/// The extract stage for text reports: running text becomes <see cref="TextLine"/>s and each run of table rows
/// (tab-separated or markdown) becomes a <see cref="Grid"/>. Blank lines and page furniture inside a run do not
/// break it; a form feed starts a new page.
/// </summary>
public sealed class TextExtractor : IDocumentExtractor
{
    /// <summary>Larger text files are refused: no report is this long, and reading it would cost the batch.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public bool CanRead(SourceDocument document) => document.Kind == DocumentKind.Text;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        var info = new FileInfo(document.Path);
        if (info.Length > MaxBytes)
            throw new DocumentFailure("extract", $"file too large for a text report ({info.Length / (1024 * 1024)} MiB > {MaxBytes / (1024 * 1024)} MiB)");
        var decoded = TextDecoder.Decode(File.ReadAllBytes(document.Path));
        var elements = Read(decoded.Text, cancellationToken);
        if (!elements.OfType<Grid>().Any())
            throw new DocumentFailure("extract", "no table found: the text has no tab-separated or markdown table rows");
        return new ExtractedDocument(document.Sha256, document.Source, DocumentKind.Text, null, elements);
    }

    public static IReadOnlyList<PageElement> Read(string text, CancellationToken cancellationToken = default)
    {
        var elements = new List<PageElement>();
        var rows = new List<(int Line, string[] Cells)>();
        var lines = text.Split('\n');

        void FlushGrid()
        {
            if (rows.Count == 0) return;
            var cells = new List<GridCell>();
            for (var r = 0; r < rows.Count; r++)
                for (var c = 0; c < rows[r].Cells.Length; c++)
                    cells.Add(new GridCell(r, c, rows[r].Cells[c]) { Line = rows[r].Line });
            elements.Add(new Grid(cells, GridKind.Text) { Line = rows[0].Line });
            rows.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var raw = lines[i];
            if (raw.Contains('\f')) raw = raw.Replace("\f", "");
            var line = LineCleaner.Clean(raw);
            var lineNumber = i + 1;
            if (line.Trim().Length == 0 || LineCleaner.IsPageFurniture(line))
                continue;
            var cells = RowSplitter.Split(line);
            if (cells is not null && (cells.Length == 0 || RowSplitter.IsRule(cells)))
                continue;
            if (cells is not null && cells.Count(c => c.Length > 0) > 0)
            {
                rows.Add((lineNumber, cells));
                continue;
            }
            FlushGrid();
            elements.Add(new TextLine(line.Trim()) { Line = lineNumber });
        }
        FlushGrid();
        return elements;
    }
}
