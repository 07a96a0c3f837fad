namespace ReportIngest.Classify.Training.Dataset;

/// <summary>The numbering and layout noise counties print around a title, for the synthetic variants.</summary>
public static class TitleDecorations
{
    private static readonly string[] Chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    /// <summary>The title as the <paramref name="number"/>-th table of a report, in one of several house styles.</summary>
    public static string Decorate(string title, int number, int style) => (style % 8) switch
    {
        0 => $"表{number} {title}",
        1 => $"附表{number}：{title}",
        2 => $"公开{number:00}表 {title}",
        3 => $"{Chinese[(number - 1) % Chinese.Length]}、{title}",
        4 => $"表{ToFullWidth(number.ToString())}　{title}",
        5 => $"2023年{title}",
        6 => $"{title}（续）",
        _ => string.Join(" ", title.ToCharArray()),
    };

    private static string ToFullWidth(string digits) => new(digits.Select(c => (char)(c + 0xFEE0)).ToArray());
}
