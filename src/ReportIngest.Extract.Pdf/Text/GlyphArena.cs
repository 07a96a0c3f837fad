namespace ReportIngest.Extract.Pdf.Text;

/// <summary>
/// Glyph storage for the lines and cells of one page, handed out in runs of reused chunks and reclaimed all at
/// once when the next page starts: after the first pages of a thread, building lines allocates no glyph arrays.
/// </summary>
internal sealed class GlyphArena
{
    /// <summary>Glyphs per chunk: 64 KB, below the large object heap.</summary>
    private const int ChunkSize = 1024;

    private readonly List<Glyph[]> _chunks = [];
    private int _chunk;
    private int _used;

    /// <summary>A run of <paramref name="count"/> glyphs, valid until <see cref="Reset"/>.</summary>
    public ArraySegment<Glyph> Allocate(int count)
    {
        while (_chunk < _chunks.Count && _used + count > _chunks[_chunk].Length)
            (_chunk, _used) = (_chunk + 1, 0);
        if (_chunk == _chunks.Count) _chunks.Add(new Glyph[Math.Max(ChunkSize, count)]);
        var run = new ArraySegment<Glyph>(_chunks[_chunk], _used, count);
        _used += count;
        return run;
    }

    /// <summary>Reclaims every run; the glyphs are cleared so that the page's strings can be collected.</summary>
    public void Reset()
    {
        for (var i = 0; i < _chunks.Count && i <= _chunk; i++)
            Array.Clear(_chunks[i], 0, i < _chunk ? _chunks[i].Length : _used);
        (_chunk, _used) = (0, 0);
    }
}
