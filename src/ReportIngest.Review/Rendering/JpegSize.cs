using System.Buffers.Binary;

namespace ReportIngest.Review.Rendering;

/// <summary>Reads a JPEG's pixel size from its start-of-frame segment, walking the segments before it.</summary>
internal static class JpegSize
{
    public static (int Width, int Height) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
            throw new InvalidDataException($"{path} is not a JPEG");
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF) throw new InvalidDataException($"{path}: no segment marker at byte {at}");
            var marker = bytes[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            // SOF0–SOF15 carry the frame size, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 5)));
            at += 2 + length;
        }
        throw new InvalidDataException($"{path}: no start-of-frame segment");
    }
}
