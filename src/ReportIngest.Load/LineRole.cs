namespace ReportIngest.Load;

/// <summary>What a fact's line is within its table: a total, a group's subtotal, a code level, or a plain line.</summary>
public sealed record LineRole(string Role, bool IsLeaf)
{
    public const string Total = "total";
    public const string Subtotal = "subtotal";
    public const string Class = "class";
    public const string Item = "item";
    public const string SubItem = "sub-item";
    public const string Line = "line";
}
