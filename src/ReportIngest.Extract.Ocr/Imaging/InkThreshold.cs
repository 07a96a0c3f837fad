namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>
/// The grey level that separates ink from paper, by Otsu's method (the split that maximises the variance between the
/// two classes), kept within bounds so that an almost blank page does not turn its paper grain into ink.
/// </summary>
internal static class InkThreshold
{
    public static byte Of(GrayImage image)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in image.Pixels) histogram[p]++;
        long total = image.Pixels.Length, sumAll = 0;
        for (var i = 0; i < 256; i++) sumAll += i * histogram[i];
        long below = 0, sumBelow = 0;
        double best = -1;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            below += histogram[t];
            if (below == 0) continue;
            var above = total - below;
            if (above == 0) break;
            sumBelow += t * histogram[t];
            var meanBelow = (double)sumBelow / below;
            var meanAbove = (double)(sumAll - sumBelow) / above;
            var between = (double)below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                threshold = t + 1;
            }
        }
        return (byte)Math.Clamp(threshold, 96, 200);
    }
}
