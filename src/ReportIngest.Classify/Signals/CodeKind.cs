namespace ReportIngest.Classify.Signals;

/// <summary>Which classification codes a table's rows carry (SCHEMA.md, Codes).</summary>
[Flags]
public enum CodeKind
{
    None = 0,
    /// <summary>支出功能分类: 3/5/7 digits starting with 2.</summary>
    Function = 1,
    /// <summary>经济分类: 3/5/7 digits starting with 3.</summary>
    Economic = 2,
}
