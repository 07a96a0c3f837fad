namespace ReportIngest.Core.Tables;

/// <summary>A column's header path, outermost label first (e.g. ["当年财政拨款安排", "一般公共预算拨款", "基本支出"]).</summary>
public sealed record ColumnHeader(int Col, IReadOnlyList<string> Path)
{
    public string Leaf => Path.Count == 0 ? "" : Path[^1];
}
