using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Tables;

/// <summary>What a classifier may know about a table beyond its cells: where it sits in the document and the phase.</summary>
/// <param name="Position">0-based index of the table in the document.</param>
/// <param name="TableCount">Number of tables in the document.</param>
/// <param name="Phase">The document's phase; null when unknown.</param>
/// <param name="PreviousTitle">The nearest title printed before the table ("" for the first): what a part continued from an earlier page belongs to.</param>
public sealed record TableContext(int Position, int TableCount, ReportPhase? Phase, string PreviousTitle = "");
