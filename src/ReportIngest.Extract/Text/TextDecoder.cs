using System.Text;
using ReportIngest.Core.Documents;

namespace ReportIngest.Extract.Text;

/// <summary>
/// Turns the bytes of a text report into a string: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
/// which many Chinese government sites still serve. Rejects empty and binary files with a reason.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || IsAllWhitespace(bytes))
            throw new DocumentFailure("extract", "empty file: nothing to read");
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
            return new DecodedText(Utf8AfterBom(bytes[3..]), "utf-8");
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (LooksBinary(bytes))
            throw new DocumentFailure("extract", "binary file: neither a PDF nor a text report");
        var utf8 = TryStrict(new UTF8Encoding(false, true), bytes);
        if (utf8 is not null) return new DecodedText(utf8, "utf-8");
        var gb = TryStrict(Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), bytes);
        if (gb is not null) return new DecodedText(gb, "gb18030");
        throw new DocumentFailure("extract", "text in an unknown encoding (neither UTF-8 nor GBK/GB18030)");
    }

    private static string Utf8AfterBom(ReadOnlySpan<byte> bytes) =>
        TryStrict(new UTF8Encoding(false, true), bytes)
        ?? throw new DocumentFailure("extract", "text marked as UTF-8 but not valid UTF-8");

    private static string? TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try { return encoding.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    private static bool IsAllWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f'))
                return false;
        return true;
    }

    // NUL bytes or a high share of control characters mean this is not text, whatever its name says.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 32 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0x1B)) control++;
        }
        return control > sample.Length / 50;
    }
}

/// <summary>Decoded text and the encoding it was read as.</summary>
public sealed record DecodedText(string Text, string Encoding);
