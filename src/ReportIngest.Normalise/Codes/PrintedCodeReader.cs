using ReportIngest.Core.Text;
using ReportIngest.Normalise.Reference;

namespace ReportIngest.Normalise.Codes;

/// <summary>
/// Joins the code a row prints however it prints it: 类/款/项 in separate columns (210 | 15 | 01), joined
/// (2101501), with a stray space (21 30599), followed by a unit code (322001) that is not part of it, or at the
/// start of the name cell (201 一般公共服务支出).
/// </summary>
public static class PrintedCodeReader
{
    /// <summary>The joined code digits from the code cells (in column order), or "" when none.</summary>
    public static string Join(IReadOnlyList<string> codeCells, Catalogues catalogues)
    {
        var digits = codeCells.Select(CellText.Digits).ToList();
        var code = "";
        var i = 0;
        while (i < digits.Count && digits[i].Length == 0) i++;
        if (i < digits.Count && IsClassificationCode(digits[i], catalogues))
        {
            code = digits[i++];
            // A 款 or 项 part printed without its leading zero (301 | 2 for 30102) is padded.
            while (code.Length < 7 && i < digits.Count && digits[i].Length is 1 or 2 && CellText.IsDigits(digits[i]))
                code += digits[i++].PadLeft(2, '0');
        }
        // A later cell may print the whole code again, or extend it (a 7-digit local sub-item after 类/款).
        for (; i < digits.Count; i++)
        {
            var d = digits[i];
            if (d.Length <= code.Length || !CellText.IsDigits(d)) continue;
            if (code.Length == 0 ? IsClassificationCode(d, catalogues) : d.StartsWith(code, StringComparison.Ordinal) && d.Length is 5 or 7)
                code = d;
        }
        return code;
    }

    /// <summary>A code printed at the start of a label cell ("201 一般公共服务支出"), and the rest of the label.</summary>
    public static (string Code, string Remainder) SplitLeading(string label, Catalogues catalogues)
    {
        // The code must be followed by the name itself, not by more figures.
        if (CellText.ReadLeadingCode(label, out var rest) is not { } code || !StartsWithIdeograph(rest.TrimStart())) return ("", label);
        return IsClassificationCode(code.Digits, catalogues) ? (code.Digits, rest.Trim()) : ("", label);
    }

    /// <summary>3, 5 or 7 digits whose 类 exists in a catalogue; unit codes (322001) and row numbers are not codes.</summary>
    public static bool IsClassificationCode(string digits, Catalogues catalogues)
    {
        if (digits.Length is not (3 or 5 or 7) || !CellText.IsDigits(digits)) return false;
        var catalogue = catalogues.ForCode(digits);
        return catalogue is not null && catalogue.Contains(digits[..3]);
    }

    private static bool StartsWithIdeograph(string text) => text.Length > 0 && text[0] is >= '\u4E00' and <= '\u9FFF';
}
