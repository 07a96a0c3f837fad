using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace ReportIngest.Review.Rendering;

/// <summary>
/// Renders PDF pages to JPEG (several times faster to encode than PNG) with poppler's <c>pdftoppm</c>: one process per run of consecutive pages, since starting
/// the renderer and loading the document's fonts costs more than a page.
/// </summary>
internal sealed class PageRenderer(int dpi)
{
    /// <summary>The pages rendered into <paramref name="folder"/> as <c>{prefix}-p{page}.jpg</c>, or why none were.</summary>
    public (IReadOnlyDictionary<int, PageImage> Images, string? Problem) Render(string pdf, IEnumerable<int> pages, string folder, string prefix)
    {
        var images = new Dictionary<int, PageImage>();
        var runs = Runs(pages).ToList();
        if (runs.Count == 0) return (images, null);
        var geometry = PageGeometryReader.Read(pdf, runs[^1].Last);
        foreach (var (first, last) in runs)
        {
            var stem = $"{prefix}-run{first}";
            string? problem;
            try
            {
                problem = RunPdftoppm(pdf, first, last, Path.Combine(folder, stem));
            }
            catch (Win32Exception)
            {
                return (images, "pdftoppm was not found (Debian package poppler-utils): pages are shown without their images");
            }
            if (problem is not null) return (images, problem);
            foreach (var file in Directory.EnumerateFiles(folder, stem + "-*.jpg"))
            {
                var page = int.Parse(Path.GetFileNameWithoutExtension(file)[(stem.Length + 1)..], CultureInfo.InvariantCulture);
                var name = $"{prefix}-p{page}.jpg";
                File.Move(file, Path.Combine(folder, name), overwrite: true);
                if (geometry.TryGetValue(page, out var shape)) images[page] = new PageImage(page, name, shape);
            }
        }
        return (images, null);
    }

    internal static IEnumerable<(int First, int Last)> Runs(IEnumerable<int> pages)
    {
        var sorted = pages.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            yield return (sorted[i], sorted[j]);
            i = j + 1;
        }
    }

    private string? RunPdftoppm(string pdf, int first, int last, string stem)
    {
        var start = new ProcessStartInfo("pdftoppm")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jpeg", "-jpegopt", "quality=80", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", first.ToString(CultureInfo.InvariantCulture),
                     "-l", last.ToString(CultureInfo.InvariantCulture), pdf, stem })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"pdftoppm failed on pages {first}-{last} (exit {process.ExitCode}): {error.Result.Trim()}";
    }
}
