using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Glyphs sharing a baseline, left to right: a run of a glyph buffer that the line's pieces share.</summary>
internal sealed class GlyphLine
{
    private readonly Glyph[] _buffer;
    private readonly int _start;
    private string? _text;

    public GlyphLine(Glyph[] buffer, int start, int count)
    {
        _buffer = buffer;
        _start = start;
        Count = count;
        var box = Box.Empty;
        double baseline = 0, size = 0;
        foreach (ref readonly var g in Glyphs)
        {
            box = box.Union(g.Box);
            baseline += g.Baseline;
            size = Math.Max(size, g.Size);
        }
        Box = box;
        Baseline = baseline / Math.Max(1, count);
        Size = size;
    }

    public ReadOnlySpan<Glyph> Glyphs => _buffer.AsSpan(_start, Count);
    public int Count { get; }
    public Box Box { get; }
    public double Baseline { get; }
    public double Size { get; }

    public string Text => _text ??= GlyphText.Compose(Glyphs);

    /// <summary>Glyphs start … start + count - 1 of this line as a line of their own, sharing its buffer.</summary>
    public GlyphLine Slice(int start, int count) => new(_buffer, _start + start, count);
}
