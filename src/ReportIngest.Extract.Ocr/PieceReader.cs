using ReportIngest.Core.Extraction;
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
        var strokes = pieces.Where(IsStroke).ToList();
        pieces = pieces.Where(p => !IsStroke(p)).ToList();
        var regions = pieces.Select(p => Expand(p, image)).ToList();
        var crops = regions.Select(r => image.CropPgm(r, Margin, rules)).ToList();
        var textBatch = new TesseractBatch(options.Language, null, timeout);
        var text = textBatch.Read(crops, cancellationToken);
        ReadEmptyAgain(image, rules, regions, crops, text, textBatch, cancellationToken);
        var lineHeight = pieces.Count == 0 ? 0 : pieces.Select(p => p.Height).Order().ElementAt(pieces.Count / 2);
        var numeric = Enumerable.Range(0, pieces.Count).Where(i => LooksNumeric(text[i]) || IsNarrowCharacter(pieces[i], text[i], lineHeight)).ToList();
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
                words.Add(ToPage(number.Text, line.Left - origin.X, line.Top - origin.Y, line.Width, line.Height, number.Confidence) with { Readings = number.Readings });
                continue;
            }
            if (text[i].Count > 0)
                words.Add(ToPage(DigitRepair.RepairLabel(LineText(text[i])), line.Left - origin.X, line.Top - origin.Y, line.Width, line.Height, Lowest(text[i])));
        }
        // A dash stands mid-height in its line of text: its line is as tall as the page's typical piece, so it joins the words beside it.
        foreach (var stroke in strokes)
        {
            var middle = (stroke.Top + stroke.Bottom) / 2.0;
            words.Add(new ScannedWord(Dash, stroke.Left * pointsPerPixel, stroke.Top * pointsPerPixel, stroke.Right * pointsPerPixel, stroke.Bottom * pointsPerPixel, StrokeConfidence)
            {
                LineTop = Math.Min(stroke.Top, middle - lineHeight / 2.0) * pointsPerPixel,
                LineBottom = Math.Max(stroke.Bottom, middle + lineHeight / 2.0) * pointsPerPixel,
            });
        }
        return words;
    }

    /// <summary>
    /// Pieces Tesseract read nothing in are read once more with a wider white border: whether it reads a small image
    /// (a lone character such as the 金 wrapped under 单位资) depends on its padding.
    /// </summary>
    private static void ReadEmptyAgain(GrayImage image, BitMask rules, List<PixelBox> regions, List<byte[]> crops, List<List<OcrWord>> text,
        TesseractBatch batch, CancellationToken cancellationToken)
    {
        var empty = Enumerable.Range(0, text.Count).Where(i => text[i].Count == 0).ToList();
        if (empty.Count == 0) return;
        var wider = empty.Select(i => image.CropPgm(regions[i], RetryMargin, rules)).ToList();
        var again = batch.Read(wider, cancellationToken);
        for (var k = 0; k < empty.Count; k++)
        {
            if (again[k].Count == 0) continue;
            text[empty[k]] = again[k];
            crops[empty[k]] = wider[k];
        }
    }

    /// <summary>White border of the second reading of a piece read as nothing.</summary>
    private const int RetryMargin = 2 * Margin;

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

    /// <summary>
    /// One number for a piece that reads as one, from the digit reading and the repaired Chinese reading; where the
    /// two differ, both are kept (the surer first) for the table's sums to choose between.
    /// </summary>
    private static (string Text, double Confidence, IReadOnlyList<CellReading> Readings)? Number(List<OcrWord> textWords, List<OcrWord> digitWords)
    {
        var fromText = DigitRepair.Repair(Joined(textWords));
        var fromDigits = Joined(digitWords);
        var textConfidence = Lowest(textWords);
        var digitConfidence = Lowest(digitWords);
        if (!DigitRepair.IsNumber(fromDigits)) return fromText is null ? null : (fromText, textConfidence, []);
        if (fromText is null || fromText == fromDigits) return (fromDigits, Math.Max(digitConfidence, fromText is null ? 0 : textConfidence), []);
        CellReading digitRead = new(fromDigits, digitConfidence, DigitModelSource), textRead = new(fromText, textConfidence, TextModelSource);
        var readings = digitConfidence >= textConfidence ? new[] { digitRead, textRead } : [textRead, digitRead];
        return (readings[0].Text, Math.Min(DisagreementConfidence, Math.Min(digitConfidence, textConfidence)), readings);
    }

    private const string DigitModelSource = "digit model";
    private const string TextModelSource = "Chinese model";

    /// <summary>
    /// A piece that is one thin horizontal stroke, thinner than any character's height, is a dash (the "none" of a
    /// table cell, the rules either side of a page number): Tesseract reads a lone stroke as anything.
    /// </summary>
    private bool IsStroke(PixelBox piece) =>
        piece.Height <= Math.Max(2, options.Dpi * StrokeInches) && piece.Width >= StrokeLength * piece.Height;

    /// <summary>
    /// A piece read as one Chinese character that is much narrower than it is tall: Chinese characters are square, so
    /// it is a digit (a lone page number 7 read as 了); it is read again by the digit model like any number. Only one
    /// about as tall as the page's text (<paramref name="lineHeight"/>, its typical piece): a speck is no digit.
    /// </summary>
    private static bool IsNarrowCharacter(PixelBox piece, List<OcrWord> words, int lineHeight) =>
        words.Count == 1 && words[0].Text.Length == 1 && Ideographs.IsIdeograph(words[0].Text[0])
        && piece.Width < NarrowShare * piece.Height && piece.Height >= DigitHeightShare * lineHeight;

    /// <summary>A digit is at least this share of the page's typical piece height.</summary>
    private const double DigitHeightShare = 0.6;

    private const string Dash = "—";
    private const double StrokeInches = 1.0 / 100;
    private const int StrokeLength = 3;
    private const double StrokeConfidence = 0.9;
    private const double NarrowShare = 0.75;

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
