using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Measures;

/// <summary>The comparable form of a header label: full-width folded, no whitespace, ASCII brackets, no trailing colon.</summary>
public static class HeaderLabel
{
    public static string Key(string label) =>
        LabelText.Squash(FullWidth.Fold(label)).TrimEnd(':').Replace('“', '"').Replace('”', '"');
}
