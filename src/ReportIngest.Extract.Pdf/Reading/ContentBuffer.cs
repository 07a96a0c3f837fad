using System.Buffers;
using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// A page's decoded content streams, joined by newlines, in one buffer rented from the array pool. A stream that is
/// only deflated (the usual case) is inflated straight into the buffer; any other is decoded by PdfPig. Inflating
/// follows PdfPig's Flate filter (the two zlib header bytes skipped, the checksum not read); a stream that does not
/// inflate cleanly is decoded by PdfPig, whose recovery then applies.
/// </summary>
internal sealed class ContentBuffer : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _length;

    public ArraySegment<byte> Content => new(_bytes, 0, _length);

    public void Add(StreamToken stream, ILookupFilterProvider filters, IPdfTokenScanner scanner)
    {
        if (_length > 0) Append([10]);
        if (IsPlainFlate(stream.StreamDictionary) && TryInflate(stream.Data)) return;
        Append(stream.Decode(filters, scanner).Span);
    }

    private bool TryInflate(ReadOnlyMemory<byte> deflated)
    {
        if (deflated.Length < 2) return false;
        var start = _length;
        try
        {
            var body = deflated[2..];
            using var input = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(body.ToArray(), writable: false);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            while (true)
            {
                if (_length == _bytes.Length) Grow(_bytes.Length * 2);
                var read = inflater.Read(_bytes, _length, _bytes.Length - _length);
                if (read == 0) return true;
                _length += read;
            }
        }
        catch (InvalidDataException)
        {
            _length = start;
            return false;
        }
    }

    private static bool IsPlainFlate(DictionaryToken dictionary)
    {
        if (dictionary.ContainsKey(NameToken.DecodeParms) || dictionary.ContainsKey(NameToken.Dp)) return false;
        if (!dictionary.TryGet(NameToken.Filter, out var filter)) return false;
        return filter switch
        {
            NameToken name => name.Equals(NameToken.FlateDecode),
            ArrayToken { Length: 1 } array => array.Data[0] is NameToken only && only.Equals(NameToken.FlateDecode),
            _ => false,
        };
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_length + bytes.Length > _bytes.Length) Grow(Math.Max(_bytes.Length * 2, _length + bytes.Length));
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Grow(int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        _bytes.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
    }
}
