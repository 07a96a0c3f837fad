using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// The labels of the line that totals a budget table's items (合计, 总计), and labels OCR read one character off
/// them (台计): such a label is taken for the total only where its row adds up as the total of the table's lines.
/// </summary>
internal static class TotalLabels
{
    private static readonly string[] Totals = ["合计", "总计"];

    /// <summary>Labels one character from a total that are words of their own (a subtotal), never a misread total.</summary>
    private static readonly string[] OtherWords = ["小计", "共计", "累计", "统计", "会计", "审计", "设计"];

    public static bool IsTotal(string label) => Totals.Contains(LabelText.Squash(label));

    /// <summary>The total label <paramref name="label"/> is one character off (replaced, missing or extra), if it is no other word.</summary>
    public static string? NearTotal(string label)
    {
        var s = LabelText.Squash(label);
        if (IsTotal(s) || OtherWords.Contains(s)) return null;
        return Totals.FirstOrDefault(t => OneEditApart(s, t));
    }

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a[(i + 1)..] == b[(i + 1)..];
        return a.Length > b.Length ? a[(i + 1)..] == b[i..] : a[i..] == b[(i + 1)..];
    }
}
