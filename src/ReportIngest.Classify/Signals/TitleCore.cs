using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

namespace ReportIngest.Classify.Signals;

/// <summary>
/// The words of a title that name the kind of table, with what only decorates it removed: the numbering
/// (公开01表, 表一, 附件3), years anywhere (2024年度), the unit (单位：万元), the publishing department's name
/// (上海市普陀区商务委员会…, 中共…社会工作部) and the 部门 / 单位 / 预算单位 prefix the national templates vary.
/// What is left is what every county prints alike ("收入预算总表", "一般公共预算财政拨款支出决算表").
/// </summary>
public static partial class TitleCore
{
    public static string Of(string? title)
    {
        var text = TitleNormaliser.Normalise(title);
        text = Unit().Replace(text, "");
        text = Year().Replace(text, "");
        text = LeadingNumbering.Strip(text);
        text = Department().Replace(text, "");
        string previous;
        do
        {
            previous = text;
            text = Prefix().Replace(TitleNormaliser.Normalise(text), "");
        }
        while (text != previous && text.Length > 0);
        return text;
    }

    [GeneratedRegex(@"(?:金额)?单位[:：]?(?:万元|千元|元)")]
    private static partial Regex Unit();

    [GeneratedRegex(@"(?:19|20)\d{2}年度?")]
    private static partial Regex Year();

    // A place-named body (…省/市/县/区/州/旗 …局/委员会/办公室/办事处/部/中心) before the words of the title proper.
    [GeneratedRegex(@"^(?:中共)?[^\d""]{0,24}?[省市县区州旗][^\d""]{0,24}?(?:委员会|办公室|办事处|局|委|部|中心|院|所|站|队)(?=部门|单位|预算|决算|收|支|财|一般|政府|国有|项目|""|三公|机关|整体|绩效)")]
    private static partial Regex Department();

    [GeneratedRegex(@"^(?:部门|预算单位|单位|本级)")]
    private static partial Regex Prefix();
}
