using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportIngest.Review.Rendering;

/// <summary>Reads every page's crop box and rotation with one <c>pdfinfo -box</c> (poppler, like pdftoppm).</summary>
internal static partial class PageGeometryReader
{
    public static IReadOnlyDictionary<int, PageGeometry> Read(string pdf, int lastPage)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-f", "1", "-l", lastPage.ToString(CultureInfo.InvariantCulture), "-box", pdf })
            start.ArgumentList.Add(argument);
        string output;
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
        }
        catch (Win32Exception)
        {
            return new Dictionary<int, PageGeometry>();
        }
        var rotations = RotationLine().Matches(output).ToDictionary(m => Int(m.Groups[1]), m => Int(m.Groups[2]));
        return CropLine().Matches(output).ToDictionary(m => Int(m.Groups[1]), m => new PageGeometry(
            Number(m.Groups[2]), Number(m.Groups[3]), Number(m.Groups[4]), Number(m.Groups[5]), ((rotations.GetValueOrDefault(Int(m.Groups[1])) % 360) + 360) % 360));
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static double Number(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Page\s+(\d+) rot:\s+(-?\d+)", RegexOptions.Multiline)]
    private static partial Regex RotationLine();

    [GeneratedRegex(@"^Page\s+(\d+) CropBox:\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)", RegexOptions.Multiline)]
    private static partial Regex CropLine();
}
