using ReportIngest.Core.Documents;

namespace ReportIngest.Extract.Ocr.Tools;

/// <summary>The programs OCR needs (poppler's pdftoppm, Tesseract with its simplified-Chinese model), checked once.</summary>
internal static class OcrTools
{
    public const string Pdftoppm = "pdftoppm";
    public const string Tesseract = "tesseract";

    public const string MissingMessage =
        "scanned pages need OCR, but pdftoppm or tesseract is not installed: apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-chi-sim (or ingest with --no-ocr)";

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string?> Checked = new();

    /// <summary>Throws a <see cref="DocumentFailure"/> naming the packages to install when a program or a model is missing.</summary>
    public static void EnsureAvailable(params string[] languages)
    {
        var key = string.Join("+", languages);
        string? problem;
        lock (Gate)
        {
            if (!Checked.TryGetValue(key, out problem))
            {
                problem = Find(languages);
                Checked[key] = problem;
            }
        }
        if (problem is not null) throw new DocumentFailure("extract", problem);
    }

    private static string? Find(string[] languages) => Problem(Environment.GetEnvironmentVariable("PATH") ?? "", languages);

    /// <summary>What is missing to OCR with the programs found on <paramref name="searchPath"/>, or null when nothing is.</summary>
    internal static string? Problem(string searchPath, string[] languages)
    {
        if (!OnPath(Pdftoppm, searchPath) || !OnPath(Tesseract, searchPath)) return MissingMessage;
        var listed = System.Text.Encoding.UTF8.GetString(ToolRun.Run(Tesseract, ["--list-langs"], TimeSpan.FromSeconds(60), CancellationToken.None));
        var installed = listed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var missing = languages.Where(l => !installed.Contains(l)).ToList();
        if (missing.Count == 0) return null;
        var packages = string.Join(" ", missing.Select(l => "tesseract-ocr-" + l.Replace('_', '-')));
        return $"scanned pages need the Tesseract model(s) {string.Join(", ", missing)}: apt-get install -y {packages} (or ingest with --no-ocr)";
    }

    private static bool OnPath(string program, string searchPath) =>
        searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
