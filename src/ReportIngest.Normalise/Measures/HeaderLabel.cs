using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Measures;

/// <summary>
/// The comparable form of a header label: full-width folded, no whitespace, ASCII brackets, no trailing colon, and no
/// leading year (2024年机关运行经费预算数 is 机关运行经费预算数: the year is the report's, not the column's).
/// </summary>
public static partial class HeaderLabel
{
    public static string Key(string label) =>
        LeadingYear().Replace(LabelText.Squash(FullWidth.Fold(label)).TrimEnd(':').Replace('“', '"').Replace('”', '"'), "");

    [GeneratedRegex(@"^(20\d{2})年度?(?=.)")]
    private static partial Regex LeadingYear();
}
