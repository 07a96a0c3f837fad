namespace ReportIngest.Validate.Model;

/// <summary>The code lengths of SCHEMA.md: 类 3 digits, 款 5, 项 (or an economic sub-item) 7.</summary>
public static class CodeLevels
{
    public const int Class = 3;
    public const int Section = 5;
    public const int Item = 7;

    public static bool IsHierarchical(string code) =>
        code.Length is Class or Section or Item && code.All(char.IsAsciiDigit);

    /// <summary>The codes that could be printed above this one, nearest first.</summary>
    public static IEnumerable<string> Ancestors(string code)
    {
        if (code.Length > Section)
            yield return code[..Section];
        if (code.Length > Class)
            yield return code[..Class];
    }

    public static string LevelName(string classification, int length) => (classification, length) switch
    {
        (_, Class) => "类",
        (_, Section) => "款",
        ("function", Item) => "项",
        _ => "sub-item",
    };
}
