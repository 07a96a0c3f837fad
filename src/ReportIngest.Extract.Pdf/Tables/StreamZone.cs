using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>A run of text lines that looks tabular, each line already cut into phrase segments.</summary>
internal sealed class StreamZone
{
    public List<GlyphLine> Lines { get; } = new();
    public List<List<GlyphLine>> Segments { get; } = new();

    public void Add(GlyphLine line, List<GlyphLine> segments)
    {
        Lines.Add(line);
        Segments.Add(segments);
    }

    public void RemoveAt(int index)
    {
        Lines.RemoveAt(index);
        Segments.RemoveAt(index);
    }

    public int MultiSegmentLines => Segments.Count(s => s.Count >= 2);
}
