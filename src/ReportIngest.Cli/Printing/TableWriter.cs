using System.Globalization;
using System.Text;

namespace ReportIngest.Cli.Printing;

/// <summary>Prints rows as an aligned text table (CJK characters counted double width) or as RFC 4180 CSV.</summary>
internal static class TableWriter
{
    public static void WriteAligned(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Min(60, rows.Select(r => Width(r[i])).Append(Width(h)).Max())).ToArray();
        output.WriteLine(Line(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows) output.WriteLine(Line(row, widths));
        output.WriteLine($"({rows.Count} row{(rows.Count == 1 ? "" : "s")})");
    }

    public static void WriteCsv(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        output.WriteLine(string.Join(",", header.Select(Quote)));
        foreach (var row in rows) output.WriteLine(string.Join(",", row.Select(Quote)));
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths)
    {
        var b = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            var text = Clip(cells[i], widths[i]);
            b.Append(text).Append(' ', widths[i] - Width(text));
            if (i < cells.Count - 1) b.Append("  ");
        }
        return b.ToString().TrimEnd();
    }

    private static string Clip(string s, int width)
    {
        if (Width(s) <= width) return s;
        var b = new StringBuilder();
        foreach (var ch in s)
        {
            if (Width(b.ToString()) + Width(ch.ToString()) > width - 1) break;
            b.Append(ch);
        }
        return b.Append('…').ToString();
    }

    public static int Width(string s) => s.Sum(ch => ch >= 0x2E80 && CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.Format ? 2 : 1);

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
