using System.Text;

namespace ReportIngest.Tests.Support;

/// <summary>
/// Damages a PDF the ways files are damaged in the wild, reproducibly from a seeded random source: flipped bytes
/// (anywhere, or inside a compressed stream such as a font map), a cut end, a lost or repeated range, zeroed blocks,
/// a broken keyword or cross-reference offset.
/// </summary>
public sealed class PdfMutator(int seed)
{
    private static readonly string[] Keywords = ["obj", "endobj", "stream", "endstream", "/Length", "/Font", "/ToUnicode", "xref", "trailer", "/Root", "/Pages"];

    private readonly Random random = new(seed);

    public (byte[] Bytes, string Mutation) Mutate(byte[] pdf)
    {
        var bytes = pdf.ToArray();
        return random.Next(8) switch
        {
            0 => Flip(bytes, 0, bytes.Length, random.Next(1, 20), "flip"),
            1 => FlipInStream(bytes),
            2 => Truncate(bytes),
            3 => Delete(bytes),
            4 => Repeat(bytes),
            5 => Zero(bytes),
            6 => BreakKeyword(bytes),
            _ => BreakOffsets(bytes),
        };
    }

    private (byte[], string) Flip(byte[] bytes, int from, int to, int count, string name)
    {
        for (var i = 0; i < count; i++)
            bytes[random.Next(from, to)] ^= (byte)random.Next(1, 256);
        return (bytes, $"{name} {count} byte(s) in [{from}, {to})");
    }

    private (byte[], string) FlipInStream(byte[] bytes)
    {
        var streams = Occurrences(bytes, "stream\n"u8).Concat(Occurrences(bytes, "stream\r\n"u8)).Order().ToList();
        if (streams.Count == 0) return Flip(bytes, 0, bytes.Length, 5, "flip");
        var start = streams[random.Next(streams.Count)] + 8;
        var end = Math.Min(bytes.Length, start + 2000);
        return Flip(bytes, start, end, random.Next(1, 6), "flip in stream");
    }

    private (byte[], string) Truncate(byte[] bytes)
    {
        var length = random.Next(100, bytes.Length);
        return (bytes[..length], $"truncate at {length}");
    }

    private (byte[], string) Delete(byte[] bytes)
    {
        var start = random.Next(bytes.Length - 600);
        var length = random.Next(1, 500);
        return ([.. bytes[..start], .. bytes[(start + length)..]], $"delete {length} at {start}");
    }

    private (byte[], string) Repeat(byte[] bytes)
    {
        var start = random.Next(bytes.Length - 2000);
        var length = random.Next(1, 2000);
        var at = random.Next(bytes.Length);
        return ([.. bytes[..at], .. bytes[start..(start + length)], .. bytes[at..]], $"repeat {length} from {start} at {at}");
    }

    private (byte[], string) Zero(byte[] bytes)
    {
        var start = random.Next(bytes.Length - 4096);
        var length = random.Next(64, 4096);
        Array.Clear(bytes, start, length);
        return (bytes, $"zero {length} at {start}");
    }

    private (byte[], string) BreakKeyword(byte[] bytes)
    {
        var keyword = Keywords[random.Next(Keywords.Length)];
        var found = Occurrences(bytes, Encoding.ASCII.GetBytes(keyword)).ToList();
        if (found.Count == 0) return Flip(bytes, 0, bytes.Length, 3, "flip");
        var at = found[random.Next(found.Count)];
        bytes[at + keyword.Length - 1] = (byte)'#';
        return (bytes, $"break '{keyword}' at {at}");
    }

    private (byte[], string) BreakOffsets(byte[] bytes)
    {
        var found = Occurrences(bytes, "startxref"u8).ToList();
        if (found.Count == 0) return Flip(bytes, 0, bytes.Length, 3, "flip");
        var at = found[^1] + "startxref".Length;
        for (var i = at; i < Math.Min(bytes.Length, at + 12); i++)
            if (bytes[i] is >= (byte)'0' and <= (byte)'9') bytes[i] = (byte)('0' + random.Next(10));
        return (bytes, "scramble startxref offset");
    }

    private static IEnumerable<int> Occurrences(byte[] bytes, ReadOnlySpan<byte> pattern)
    {
        var found = new List<int>();
        var from = 0;
        while (from < bytes.Length)
        {
            var i = bytes.AsSpan(from).IndexOf(pattern);
            if (i < 0) break;
            found.Add(from + i);
            from += i + 1;
        }
        return found;
    }
}
