using ReportIngest.Core.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Normalise.Rows;

/// <summary>Cleans printed row labels of layout noise: justification spaces between CJK characters, list numbering.</summary>
public static partial class ItemNames
{
    public static string Clean(string printed) => LabelText.Clean(printed);

    /// <summary>Drops list numbering (一、 1. （一）) that two-sided tables print before their lines.</summary>
    public static string StripNumbering(string name) => LeadingNumbering.Strip(name);

    public static bool IsTotal(string name) => Regex.IsMatch(Squash(name), "^(合计|总计|小计)$");

    public static string Squash(string s) => LabelText.Squash(s);

    /// <summary>A name fragment that ends mid-phrase, so the next line continues it.</summary>
    public static bool LooksUnfinished(string name) =>
        name.Length > 0 && ("的和及与、（(".Contains(name[^1]) || name.Count(c => c is '（' or '(') > name.Count(c => c is '）' or ')'));
}
