using ReportIngest.Extract.Ocr.Imaging;
using ReportIngest.Extract.Ocr.Tesseract;
using ReportIngest.Extract.Pdf.Scanned;

namespace ReportIngest.Extract.Ocr;

/// <summary>
/// Reads the text pieces of one page image: every piece with the Chinese model, then the pieces that read as
/// numbers again with the digit model restricted to digits and separators (the Chinese model drops decimal points
/// and mistakes 4 for 1 in the thin typewriter digits of many reports). Where the two readings disagree the piece
/// keeps the surer one with the lower confidence, so the disagreement is visible downstream.
/// </summary>
internal sealed class PieceReader(OcrOptions options)
{
    private const string DigitCharacters = "0123456789.,-";

    /// <summary>White border around each piece (pixels): Tesseract reads poorly when ink touches the image edge.</summary>
    private const int Margin = 20;

    /// <summary>Pixels added around a piece's ink box: the light anti-aliased edge of strokes falls outside the threshold.</summary>
    private const int Fringe = 3;

    /// <summary>Confidence given to a number the two models read differently.</summary>
    private const double DisagreementConfidence = 0.5;

    /// <summary>A word with Chinese characters that the Chinese model is less sure of than this is taken for misread digits.</summary>
    private const double SureCjk = 0.85;

    public List<ScannedWord> Read(GrayImage image, BitMask rules, IReadOnlyList<PixelBox> pieces, double pointsPerPixel, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(options.ToolTimeoutSeconds);
        var regions = pieces.Select(p => Expand(p, image)).ToList();
        var crops = regions.Select(r => image.CropPgm(r, Margin, rules)).ToList();
        var text = new TesseractBatch(options.Language, null, timeout).Read(crops, cancellationToken);
        var numeric = Enumerable.Range(0, pieces.Count).Where(i => LooksNumeric(text[i])).ToList();
        var digits = new TesseractBatch(options.DigitLanguage, DigitCharacters, timeout).Read(numeric.Select(i => crops[i]).ToList(), cancellationToken);
        var digitReading = numeric.Select((piece, k) => (piece, k)).ToDictionary(p => p.piece, p => digits[p.k]);

        var words = new List<ScannedWord>();
        for (var i = 0; i < pieces.Count; i++)
        {
            var origin = (X: regions[i].Left - Margin, Y: regions[i].Top - Margin);
            var line = pieces[i];
            ScannedWord ToPage(string value, int left, int top, int width, int height, double confidence) => new(
                value,
                (origin.X + left) * pointsPerPixel, (origin.Y + top) * pointsPerPixel,
                (origin.X + left + width) * pointsPerPixel, (origin.Y + top + height) * pointsPerPixel, confidence)
            {
                LineTop = line.Top * pointsPerPixel,
                LineBottom = line.Bottom * pointsPerPixel,
            };

            if (digitReading.TryGetValue(i, out var digitWords) && Number(text[i], digitWords) is { } number)
            {
                words.Add(ToPage(number.Text, line.Left - origin.X, line.Top - origin.Y, line.Width, line.Height, number.Confidence));
                continue;
            }
            if (text[i].Count > 0)
                words.Add(ToPage(DigitRepair.RepairLabel(LineText(text[i])), line.Left - origin.X, line.Top - origin.Y, line.Width, line.Height, Lowest(text[i])));
        }
        return words;
    }

    /// <summary>
    /// A piece's words as one line of text, in the order read: the Chinese model's word boxes within a line are not
    /// reliable enough to order characters by (they come out swapped), and the piece is one run of text anyway.
    /// A space stays only between Latin words.
    /// </summary>
    private static string LineText(List<OcrWord> words)
    {
        var text = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0 && !Ideographs.IsIdeograph(text[^1]) && !Ideographs.IsIdeograph(word.Text[0])) text.Append(' ');
            text.Append(word.Text);
        }
        return text.ToString();
    }

    /// <summary>One number for a piece that reads as one, from the digit reading and the repaired Chinese reading.</summary>
    private static (string Text, double Confidence)? Number(List<OcrWord> textWords, List<OcrWord> digitWords)
    {
        var fromText = DigitRepair.Repair(Joined(textWords));
        var fromDigits = Joined(digitWords);
        var textConfidence = Lowest(textWords);
        var digitConfidence = Lowest(digitWords);
        if (!DigitRepair.IsNumber(fromDigits)) return fromText is null ? null : (fromText, textConfidence);
        if (fromText is null || fromText == fromDigits) return (fromDigits, Math.Max(digitConfidence, fromText is null ? 0 : textConfidence));
        var surer = digitConfidence >= textConfidence ? fromDigits : fromText;
        return (surer, Math.Min(DisagreementConfidence, Math.Min(digitConfidence, textConfidence)));
    }

    private static bool LooksNumeric(List<OcrWord> words)
    {
        var text = DigitRepair.AsDigits(Joined(words));
        var digits = text.Count(char.IsAsciiDigit);
        var wide = text.Count(Ideographs.IsIdeograph);
        return digits > 0 && digits > wide && words.Where(w => w.Text.Any(Ideographs.IsIdeograph)).All(w => w.Confidence < SureCjk);
    }

    private static string Joined(List<OcrWord> words) => string.Concat(words.Select(w => w.Text));

    private static double Lowest(List<OcrWord> words) => words.Count == 0 ? 0 : words.Min(w => w.Confidence);

    private static PixelBox Expand(PixelBox box, GrayImage image) => new(
        Math.Max(0, box.Left - Fringe), Math.Max(0, box.Top - Fringe),
        Math.Min(image.Width, box.Right + Fringe), Math.Min(image.Height, box.Bottom + Fringe));
}
