using ReportIngest.Core.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Reconstruct;

/// <summary>The printed furniture around a table: unit lines, compiling-unit lines, form numbers, titles.</summary>
public static partial class TextPatterns
{
    /// <summary>Removes every kind of whitespace: CJK labels are printed with spaces for justification ("合 计").</summary>
    public static string Squash(string s) => LabelText.Squash(s);

    public static string? UnitOf(string line)
    {
        var m = UnitAnywhere().Match(Squash(line));
        return m.Success ? m.Groups["unit"].Value : null;
    }

    /// <summary>Lines printed between a title and its grid that describe it rather than name it.</summary>
    public static bool IsContext(string line)
    {
        var s = Squash(line);
        return s.Length == 0 || UnitLine().IsMatch(s) || PageFurniture().IsMatch(s) || Compiler().IsMatch(s) || FormNumber().IsMatch(s)
               || YearOnly().IsMatch(s) || TableNumberOnly().IsMatch(s) || IsShortUnitLine(s);
    }

    // "编制部门：上海市普陀区商务委员会 单位：元", "公开03表 金额单位：万元": a short line that states the unit is furniture.
    private static bool IsShortUnitLine(string squashed) =>
        squashed.Length <= 80 && !squashed.EndsWith('。') && UnitAnywhere().IsMatch(squashed);

    /// <summary>The unit a header label states: "金额单位：万元" printed in the header, or "预算数（万元）".</summary>
    public static string? UnitOfHeaderLabel(string label)
    {
        var s = Squash(label);
        var m = UnitAnywhere().Match(s);
        if (m.Success) return m.Groups["unit"].Value;
        m = BracketedUnit().Match(s);
        return m.Success ? m.Groups["unit"].Value : null;
    }

    /// <summary>A line of a table of contents: a heading, dot leaders or a page number at the end ("五、部门预算表……12").</summary>
    public static bool IsContentsEntry(string line)
    {
        var s = Squash(line);
        return s == "目录" || ContentsEntry().IsMatch(s);
    }

    public static bool IsTableNumberOnly(string line) => TableNumberOnly().IsMatch(Squash(line));

    /// <summary>Could this line be a table's title? Short, no sentence punctuation, names a table or a known section.</summary>
    public static bool LooksLikeTitle(string line)
    {
        var s = Squash(line);
        if (s.Length is < 3 or > 60 || IsContext(line)) return false;
        if (s.EndsWith('。') || s.EndsWith('；') || s.EndsWith('：') || s.EndsWith(':') || s.Contains('，')) return false;
        if (ReferenceToTable().IsMatch(s) || IsContentsEntry(line)) return false;
        return s.Contains('表') || SectionTitle().IsMatch(s);
    }

    /// <summary>A line that is a heading of some kind (short, no sentence punctuation) even if it names no table.</summary>
    public static bool LooksLikeHeading(string line)
    {
        var s = Squash(line);
        return s.Length is >= 2 and <= 30 && !IsContext(line) && !s.EndsWith('。') && !s.EndsWith('：') && !s.EndsWith(':')
               && !s.Contains('，') && !s.Contains('；');
    }

    /// <summary>The title as printed, cleaned of numbering ("表1", "一、", "附表2") and layout spaces.</summary>
    public static string CleanTitle(string line) => LeadingNumbering.Strip(LabelText.Clean(line));

    /// <summary>Removes spaces between CJK characters (layout justification) but keeps spaces between Latin words.</summary>
    public static string CleanLabel(string text) => LabelText.Clean(text);

    [GeneratedRegex(@"^(金额|计量|货币)?单位[:：](?<unit>万元|元|千元|亿元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"(?<![编制填报预算])单位[:：](?<unit>万元|元|千元|亿元)")]
    private static partial Regex UnitAnywhere();

    [GeneratedRegex(@"[（(](?<unit>万元|元|千元|亿元)[）)]$")]
    private static partial Regex BracketedUnit();

    /// <summary>Page numbers ("— 7 —", "第 3 页", "3/20") between the pages of a continued table.</summary>
    [GeneratedRegex(@"^([-—–－]*\d{1,4}[-—–－]*|第\d+页(共\d+页)?|\d+/\d+)$")]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"^(编制单位|编报单位|编制部门|编报部门|填报部门|预算主管部门|主管部门|部门名称|单位名称|部门|单位|预算单位|填报单位)[:：]")]
    private static partial Regex Compiler();

    [GeneratedRegex(@"^(公开|部门公开|预算公开|决算公开)?\d{1,2}表$|^[（(]?\d{4}年度?[）)]?$")]
    private static partial Regex FormNumber();

    [GeneratedRegex(@"^[（(]?\d{4}年度?[）)]?$")]
    private static partial Regex YearOnly();

    // Running text that points at a table (详见附表, 见下表, 如表所示) or a note under one (注：…).
    [GeneratedRegex(@"(见|如)(下|附|上)?表|^注[:：0-9一二三]|^说明[:：]")]
    private static partial Regex ReferenceToTable();

    [GeneratedRegex(@"([.…·．。]{3,}|…{2,}|\.{4,})\s*\d{0,3}$|^[^\d]{2,40}[.…·]{2,}\d{1,3}$")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^(附表|附件|表)\s*\d{1,2}(-\d{1,2})?[:：]?$")]
    private static partial Regex TableNumberOnly();

    [GeneratedRegex(@"(机构设置|单位构成|预算单位构成|决算单位构成|绩效目标|绩效自评)")]
    private static partial Regex SectionTitle();
}
