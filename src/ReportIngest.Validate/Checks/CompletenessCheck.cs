using System.Globalization;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// Whether the document holds the tables the national template makes a 部门预算 or 部门决算 print, each with facts.
/// Missing one or two is a warning (templates vary by province: some fold the 政府性基金 table into another); missing
/// more fails, so a report whose text could not be read (a damaged font map gives one table and no facts) is
/// flagged instead of quietly loaded. Fund tables (政府性基金, 国有资本经营, 三公) count when printed at all: a
/// department without such spending prints them empty.
/// </summary>
public sealed class CompletenessCheck : ICheck
{
    /// <summary>The result of a check about the whole document names no table.</summary>
    public const int DocumentLevel = -1;

    public const int MissingAllowed = 2;

    private static readonly string[] Common =
    [
        TableTypes.IncomeExpenditureSummary, TableTypes.IncomeSummary, TableTypes.ExpenditureSummary,
        TableTypes.FiscalSummary, TableTypes.GeneralExpenditure, TableTypes.GeneralBasicExpenditure,
        TableTypes.ThreePublic, TableTypes.GovFundExpenditure,
    ];

    private static readonly string[] MayBeEmpty =
        [TableTypes.ThreePublic, TableTypes.GovFundExpenditure, TableTypes.StateCapitalExpenditure];

    public string Kind => CheckKinds.Completeness;

    /// <summary>The tables of the national template: a final account adds the 国有资本经营 table.</summary>
    public static IReadOnlyList<string> Required(DocumentView document) =>
        document.IsFinal ? [.. Common, TableTypes.StateCapitalExpenditure] : Common;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        var required = Required(document);
        var missing = required.Where(type => !Present(document, type)).ToList();
        var facts = document.Tables.Sum(t => t.Lines.Sum(l => l.Facts.Count));
        var kind = document.IsFinal ? "部门决算" : document.IsBudget ? "部门预算" : "report of unknown phase";
        var found = string.Create(CultureInfo.InvariantCulture,
            $"{document.PrintedTableTypes.Count} tables, {facts} facts; {required.Count - missing.Count} of the {required.Count} tables a {kind} must contain");
        var passed = missing.Count <= MissingAllowed && facts > 0;
        var verdict = missing.Count == 0 ? "complete"
            : passed ? $"warning: missing {string.Join(", ", missing)}"
            : $"incomplete: missing {string.Join(", ", missing)}";
        yield return new CheckResult
        {
            Kind = Kind,
            TableIndex = DocumentLevel,
            Description = $"{found}: {verdict}",
            Expected = required.Count,
            Actual = required.Count - missing.Count,
            Passed = passed,
            Warning = passed && missing.Count > 0,
        };
    }

    private static bool Present(DocumentView document, string type) =>
        MayBeEmpty.Contains(type)
            ? document.PrintedTableTypes.Contains(type)
            : document.Tables.Any(t => t.Type == type && t.Lines.Count > 0);
}
