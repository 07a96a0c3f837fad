namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>One flag per pixel of an image.</summary>
internal sealed class BitMask(int width, int height)
{
    private readonly bool[] _bits = new bool[width * height];

    public int Width { get; } = width;
    public int Height { get; } = height;

    public bool this[int x, int y]
    {
        get => _bits[y * Width + x];
        set => _bits[y * Width + x] = value;
    }

    /// <summary>Pixels darker than the threshold.</summary>
    public static BitMask Ink(GrayImage image, byte threshold)
    {
        var mask = new BitMask(image.Width, image.Height);
        for (var i = 0; i < image.Pixels.Length; i++) mask._bits[i] = image.Pixels[i] < threshold;
        return mask;
    }

    /// <summary>Pixels set here and not in <paramref name="other"/>.</summary>
    public BitMask Without(BitMask other)
    {
        var result = new BitMask(Width, Height);
        for (var i = 0; i < _bits.Length; i++) result._bits[i] = _bits[i] && !other._bits[i];
        return result;
    }
}
