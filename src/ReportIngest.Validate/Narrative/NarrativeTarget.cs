using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Narrative;

/// <summary>A table fact a narrative figure restates: a table type, and how to find the amount in such a table.</summary>
/// <param name="Description">The line and measure, for the check's description ("收支总表 收入总计 [income.total]").</param>
public sealed record NarrativeTarget(string TableType, string Description, Func<TableView, IEnumerable<Amount?>> Amounts);
