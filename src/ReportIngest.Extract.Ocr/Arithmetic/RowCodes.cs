using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// The classification code of each row of a sheet (类 3 digits, 款 5, 项 7), as its current readings print it: split
/// over 类/款/项 columns (each column's parts as wide as most of that column's, a blank leading part taken from the row
/// above) or joined in one column or at the start of the label. A row whose parts do not make a code has none.
/// </summary>
internal static class RowCodes
{
    public static string?[] Of(Sheet sheet)
    {
        var widths = Enumerable.Range(0, sheet.LabelColumn).ToDictionary(c => c, c => ModalWidth(sheet, c));
        var split = widths.Values.Count(w => w > 0) > 1;
        var codes = new string?[sheet.Rows.Count];
        string[]? previous = null;
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var parts = sheet.CodeParts(r);
            if (parts.Count == 0)
            {
                codes[r] = sheet.Label(r) is { } label && CellText.ReadLeadingCode(label.Text, out _) is { } leading ? leading.Digits : null;
                continue;
            }
            if (!parts.All(p => CellText.IsDigits(CellText.Digits(p.Text)))) continue;
            if (!split)
            {
                var digits = string.Concat(parts.Select(p => CellText.Digits(p.Text)));
                codes[r] = IsCode(digits) ? digits : null;
                continue;
            }
            var columns = widths.Where(w => w.Value > 0).Select(w => w.Key).Order().ToList();
            var joined = new string[columns.Count];
            var valid = true;
            var last = -1;
            for (var k = 0; k < columns.Count; k++)
            {
                var part = parts.FirstOrDefault(p => p.Col == columns[k]);
                if (part is not null)
                {
                    var digits = CellText.Digits(part.Text);
                    valid &= digits.Length == widths[columns[k]];
                    joined[k] = digits;
                    last = k;
                }
            }
            for (var k = 0; k < last; k++)
                if (joined[k] is null) joined[k] = previous?[k] ?? "";
            var code = string.Concat(joined.Take(last + 1));
            codes[r] = valid && IsCode(code) && joined.Take(last + 1).All(j => j.Length > 0) ? code : null;
            if (codes[r] is not null) previous = joined;
        }
        return codes;
    }

    /// <summary>Digits that make a 类, 款 or 项 code, as Core reads codes everywhere else.</summary>
    private static bool IsCode(string digits) => CellText.ReadCode(digits) is not null;

    /// <summary>How many digits most of a column's digit cells print; 0 when it prints none.</summary>
    private static int ModalWidth(Sheet sheet, int col)
    {
        var widths = sheet.Rows.Select(r => r.GetValueOrDefault(col)).OfType<SheetCell>()
            .Select(c => CellText.Digits(c.Text)).Where(CellText.IsDigits).Select(d => d.Length).ToList();
        return widths.Count == 0 ? 0 : widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
