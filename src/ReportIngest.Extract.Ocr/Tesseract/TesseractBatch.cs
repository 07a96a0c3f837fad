using System.Text;
using ReportIngest.Extract.Ocr.Tools;

namespace ReportIngest.Extract.Ocr.Tesseract;

/// <summary>
/// Reads many small images in one Tesseract run (an image list, so the model loads once): each image as a single
/// line of text (page segmentation mode 7).
/// </summary>
internal sealed class TesseractBatch(string language, string? characterWhitelist, TimeSpan timeout)
{
    private const string SingleLine = "7";

    /// <summary>The words of each image, in the order given; an image Tesseract found nothing in gets an empty list.</summary>
    public List<List<OcrWord>> Read(IReadOnlyList<byte[]> pgmImages, CancellationToken cancellationToken)
    {
        if (pgmImages.Count == 0) return [];
        var folder = Directory.CreateTempSubdirectory("reportingest-ocr-");
        try
        {
            var paths = new List<string>(pgmImages.Count);
            for (var i = 0; i < pgmImages.Count; i++)
            {
                var path = Path.Combine(folder.FullName, $"{i:D5}.pgm");
                File.WriteAllBytes(path, pgmImages[i]);
                paths.Add(path);
            }
            var list = Path.Combine(folder.FullName, "images.txt");
            File.WriteAllLines(list, paths);
            List<string> arguments = [list, "stdout", "-l", language, "--psm", SingleLine];
            if (characterWhitelist is not null) arguments.AddRange(["-c", "tessedit_char_whitelist=" + characterWhitelist]);
            arguments.Add("tsv");
            var tsv = Encoding.UTF8.GetString(ToolRun.Run(OcrTools.Tesseract, arguments, timeout, cancellationToken));
            var byImage = TsvReader.Read(tsv);
            return Enumerable.Range(1, pgmImages.Count).Select(n => byImage.GetValueOrDefault(n) ?? []).ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
