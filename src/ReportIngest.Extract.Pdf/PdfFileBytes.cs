using System.Buffers;

namespace ReportIngest.Extract.Pdf;

/// <summary>
/// A PDF file's bytes in a buffer borrowed from a pool, returned when the document is done. PdfPig reads a file it opens
/// by path into a new array: a report of a megabyte or more lands on the large-object heap, and one such array per
/// document was enough to trigger a full, blocking collection per document in a batch (issue 16: 36 of 103 collections
/// for 40 reports were full ones). Reused buffers never reach it.
/// </summary>
internal sealed class PdfFileBytes : IDisposable
{
    /// <summary>Files above this are read into their own array: a pool holding an enormous buffer would keep it alive.</summary>
    private const int LargestPooled = 64 * 1024 * 1024;

    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(LargestPooled, maxArraysPerBucket: 4);

    private byte[]? buffer;

    public ReadOnlyMemory<byte> Bytes { get; }

    private PdfFileBytes(byte[] buffer, int length, bool pooled)
    {
        this.buffer = pooled ? buffer : null;
        Bytes = buffer.AsMemory(0, length);
    }

    public static PdfFileBytes Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        if (length > int.MaxValue) throw new IOException($"{path} is larger than 2 GB");
        var pooled = length <= LargestPooled;
        var buffer = pooled ? Buffers.Rent((int)length) : new byte[length];
        try
        {
            file.ReadExactly(buffer, 0, (int)length);
        }
        catch
        {
            if (pooled) Buffers.Return(buffer);
            throw;
        }
        return new PdfFileBytes(buffer, (int)length, pooled);
    }

    public void Dispose()
    {
        if (buffer is null) return;
        Buffers.Return(buffer);
        buffer = null;
    }
}
