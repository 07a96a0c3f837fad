using UglyToad.PdfPig.Core;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// The bytes of one shown string as the <see cref="IInputBytes"/> a font reads character codes from: one instance
/// pointed at each string in turn, positioned as PdfPig's <c>MemoryInputBytes</c> is (before the first byte).
/// </summary>
internal sealed class ByteRun : IInputBytes
{
    private byte[] _bytes = [];
    private int _start;
    private int _count;
    private int _index = -1;

    public ByteRun Over(byte[] bytes, int start, int count)
    {
        (_bytes, _start, _count, _index) = (bytes, start, count, -1);
        CurrentByte = 0;
        return this;
    }

    public long CurrentOffset => _index + 1;

    public byte CurrentByte { get; private set; }

    public long Length => _count;

    public bool MoveNext()
    {
        if (_index == _count - 1) return false;
        _index++;
        CurrentByte = _bytes[_start + _index];
        return true;
    }

    public byte? Peek() => _index == _count - 1 ? null : _bytes[_start + _index + 1];

    public bool IsAtEnd() => _index == _count - 1;

    public void Seek(long position)
    {
        _index = (int)position - 1;
        CurrentByte = _index >= 0 ? _bytes[_start + _index] : (byte)0;
    }

    public int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        var n = Math.Min(_count - _index - 1, buffer.Length);
        _bytes.AsSpan(_start + _index + 1, n).CopyTo(buffer);
        if (n > 0)
        {
            _index += n;
            CurrentByte = buffer[n - 1];
        }
        return n;
    }

    public void Dispose() { }
}
