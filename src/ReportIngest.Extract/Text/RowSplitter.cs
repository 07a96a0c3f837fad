namespace ReportIngest.Extract.Text;

/// <summary>Recognises a table row in a text line: tab-separated cells or a markdown pipe row.</summary>
public static class RowSplitter
{
    /// <summary>The cells of the line if it is a table row, else null. Markdown separator rows give an empty array.</summary>
    public static string[]? Split(string line)
    {
        if (line.Contains('\t'))
            return line.Split('\t').Select(c => c.Trim()).ToArray();
        var t = line.Trim();
        if (t.Length >= 2 && t[0] == '|' && t.Count(ch => ch == '|') >= 2)
        {
            var inner = t.Trim('|');
            if (inner.All(ch => ch is '-' or ':' or '|' or ' '))
                return [];
            return inner.Split('|').Select(c => c.Trim()).ToArray();
        }
        return null;
    }

    /// <summary>A run of dashes under a row (e.g. "------\t----") is a markdown-ish rule line, not content.</summary>
    public static bool IsRule(string[] cells) => cells.Length > 0 && cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or '—' or ':' or '='));
}
