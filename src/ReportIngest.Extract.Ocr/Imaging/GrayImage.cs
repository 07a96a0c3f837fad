using System.Text;

namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>An 8-bit greyscale image, row by row, 0 black to 255 white: what pdftoppm -gray writes as binary PGM.</summary>
internal sealed class GrayImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Reads a binary PGM (P5, 8-bit).</summary>
    public static GrayImage ReadPgm(byte[] data)
    {
        var position = 0;
        var magic = Token(data, ref position);
        if (magic != "P5") throw new FormatException($"not a binary PGM image (starts with '{magic}')");
        var width = int.Parse(Token(data, ref position));
        var height = int.Parse(Token(data, ref position));
        var max = int.Parse(Token(data, ref position));
        if (max > 255) throw new FormatException("16-bit PGM is not supported");
        position++; // the single whitespace after the header
        if (data.Length - position < width * height) throw new FormatException("PGM image is truncated");
        return new GrayImage(width, height, data.AsSpan(position, width * height).ToArray());
    }

    /// <summary>The region as a binary PGM on white, with <paramref name="margin"/> pixels of white around it; masked pixels turn white.</summary>
    public byte[] CropPgm(PixelBox box, int margin, BitMask? erase)
    {
        var w = box.Width + 2 * margin;
        var h = box.Height + 2 * margin;
        var header = Encoding.ASCII.GetBytes($"P5\n{w} {h}\n255\n");
        var result = new byte[header.Length + w * h];
        header.CopyTo(result, 0);
        Array.Fill(result, (byte)255, header.Length, w * h);
        for (var y = box.Top; y < box.Bottom; y++)
            for (var x = box.Left; x < box.Right; x++)
                if (erase is null || !erase[x, y])
                    result[header.Length + (y - box.Top + margin) * w + x - box.Left + margin] = this[x, y];
        return result;
    }

    private static string Token(byte[] data, ref int position)
    {
        while (position < data.Length)
        {
            if (data[position] == '#') while (position < data.Length && data[position] != '\n') position++;
            else if (char.IsWhiteSpace((char)data[position])) position++;
            else break;
        }
        var start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position])) position++;
        return Encoding.ASCII.GetString(data, start, position - start);
    }
}
