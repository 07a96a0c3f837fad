using System.Globalization;

namespace ReportIngest.Extract.Ocr.Tesseract;

/// <summary>
/// Reads Tesseract's TSV output (level, page_num, block_num, par_num, line_num, word_num, left, top, width, height,
/// conf, text): the words (level 5) of each image, keyed by the image's 1-based number in the input list.
/// </summary>
internal static class TsvReader
{
    private const int WordLevel = 5;

    public static Dictionary<int, List<OcrWord>> Read(string tsv)
    {
        var words = new Dictionary<int, List<OcrWord>>();
        foreach (var line in tsv.Split('\n'))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 12 || !int.TryParse(fields[0], out var level) || level != WordLevel) continue;
            var text = fields[11].Trim();
            if (text.Length == 0) continue;
            var image = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var confidence = double.Parse(fields[10], CultureInfo.InvariantCulture);
            var word = new OcrWord(text,
                int.Parse(fields[6], CultureInfo.InvariantCulture), int.Parse(fields[7], CultureInfo.InvariantCulture),
                int.Parse(fields[8], CultureInfo.InvariantCulture), int.Parse(fields[9], CultureInfo.InvariantCulture),
                Math.Clamp(confidence / 100, 0, 1));
            if (!words.TryGetValue(image, out var list)) words[image] = list = [];
            list.Add(word);
        }
        return words;
    }
}
