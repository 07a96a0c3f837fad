using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Finds runs of lines that look like an unruled table: lines split into several phrases by wide
/// gaps, close together, with single-phrase lines allowed inside the run (rows where only one
/// column is filled) but not at its ends when they read like running text.
/// </summary>
internal static class StreamZoneFinder
{
    /// <summary>A gap wider than this share of the font size separates phrases (cells), narrower ones are spaces.</summary>
    public const double PhraseGap = 0.6;

    /// <summary>Lines further apart than this many font sizes (baseline to baseline) end a zone.</summary>
    private const double MaxLineDistance = 2.6;

    public static List<StreamZone> Find(List<GlyphLine> lines)
    {
        var zones = new List<StreamZone>();
        StreamZone? current = null;
        GlyphLine? previous = null;
        var previousSegments = new List<GlyphLine>();
        foreach (var line in lines)
        {
            var segments = LineBuilder.Split(line, PhraseGap);
            var near = previous is not null && line.Baseline - previous.Baseline <= MaxLineDistance * Math.Max(line.Size, previous.Size);
            if (current is not null && !near)
            {
                Close(current, zones);
                current = null;
            }
            if (current is null)
            {
                if (segments.Count >= 2)
                {
                    current = new StreamZone();
                    if (previous is not null && near && previousSegments.Count == 1 && IsHeaderLabel(previous, line))
                        current.Add(previous, [previous]);
                    current.Add(line, segments);
                }
            }
            else current.Add(line, segments);
            (previous, previousSegments) = (line, segments);
        }
        if (current is not null) Close(current, zones);
        return zones;
    }

    private static void Close(StreamZone zone, List<StreamZone> zones)
    {
        var left = zone.Segments.Where(s => s.Count >= 2).Min(s => s[0].Box.Left);
        var right = zone.Segments.Where(s => s.Count >= 2).Max(s => s[^1].Box.Right);
        // Trailing running text: from the first long single phrase after the last multi-phrase line on.
        var lastMulti = zone.Segments.FindLastIndex(s => s.Count >= 2);
        var prose = zone.Segments.FindIndex(lastMulti + 1, s => s.Count == 1 && IsProse(s[0], left, right));
        while (prose >= 0 && zone.Lines.Count > prose)
            zone.RemoveAt(zone.Lines.Count - 1);
        // A sign-off line under a form ("填报人：… 联系电话：…") is not one of its rows.
        while (zone.Lines.Count > 0 && IsSignOff(zone.Lines[^1].Text))
            zone.RemoveAt(zone.Lines.Count - 1);
        // A caption such as "单位：万元" above the header belongs to the text, not to the table.
        while (zone.Lines.Count > 0 && IsCaption(zone.Lines[0].Text))
            zone.RemoveAt(0);
        while (zone.Lines.Count > 1 && zone.Segments[0].Count == 1 && !IsHeaderLabel(zone.Lines[0], zone.Lines[1]))
            zone.RemoveAt(0);
        if (zone.Lines.Count >= 2 && zone.MultiSegmentLines >= 2) zones.Add(zone);
    }

    /// <summary>A long phrase from the left edge; shorter ones too when they end a sentence ("注：…情况。").</summary>
    private static bool IsProse(GlyphLine segment, double left, double right) =>
        segment.Box.Left <= left + segment.Size &&
        (segment.Box.Width > 0.5 * (right - left) || segment.Box.Width > 0.25 * (right - left) && EndsSentence(segment.Text));

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '；' or '！';
    }

    /// <summary>Longest lone label kept above a table's header rows.</summary>
    private const int MaxHeaderLabelLength = 6;

    /// <summary>
    /// A short label set just above the header rows in their type size ("项目" over 科目编码 and
    /// 科目名称) is the top of the header; a title is larger or further away.
    /// </summary>
    private static bool IsHeaderLabel(GlyphLine line, GlyphLine next)
    {
        var text = line.Text.Trim();
        return text.Length <= MaxHeaderLabelLength && !Script.HasDigit(text) && !IsCaption(text) &&
            line.Size <= next.Size * 1.1 && next.Baseline - line.Baseline <= 1.5 * next.Size;
    }

    private static readonly string[] SignOffKeys = ["填报人", "填表人", "制表人", "审核人", "联系人", "联系电话", "单位负责人", "财务负责人"];

    private static bool IsSignOff(string text)
    {
        var t = text.AsSpan().TrimStart();
        foreach (var key in SignOffKeys)
            if (t.StartsWith(key, StringComparison.Ordinal) && t.Length > key.Length && t[key.Length] is '：' or ':' or ' ') return true;
        return false;
    }

    private static bool IsCaption(string text)
    {
        var unit = text.IndexOf("单位", StringComparison.Ordinal);
        return unit >= 0 && unit + 2 < text.Length && (text[unit + 2] == '：' || text[unit + 2] == ':' || text[unit + 2] == ' ');
    }
}
