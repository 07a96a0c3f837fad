namespace ReportIngest.Core.Text;

/// <summary>How deep a classification code goes: 类 (3 digits), 款 (5), 项 (7).</summary>
public enum CodeLevel
{
    Class = 3,
    Section = 5,
    Item = 7,
}
