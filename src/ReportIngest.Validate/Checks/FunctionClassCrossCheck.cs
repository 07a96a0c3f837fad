using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// The spending per function 类 that a summary restates from a detail table, in both phases: the 收支总表's
/// spending lines = 部门支出总表 per 类, and the 财政拨款收支总表's 一般公共预算 spending = 一般公共预算支出表 per 类.
/// A 类 printed in only one of the two is compared with zero.
/// </summary>
public sealed class FunctionClassCrossCheck : ICheck
{
    public string Kind => CheckKinds.CrossTable;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        var pairs = new List<(TableView? Summary, string? SummaryMeasure, TableView? Detail)>
        {
            (document.Single(TableTypes.IncomeExpenditureSummary), "expenditure.total", document.Single(TableTypes.ExpenditureSummary)),
        };
        var fiscal = document.Single(TableTypes.FiscalSummary);
        if (fiscal is not null)
            pairs.Add((fiscal, TableTotals.GeneralBudgetSpendingMeasure(fiscal), document.Single(TableTypes.GeneralExpenditure)));

        foreach (var (summary, measure, detail) in pairs)
        {
            if (summary is null || measure is null || detail is null)
                continue;
            var printed = ClassTotals.Of(summary, measure);
            var detailed = ClassTotals.Of(detail, "total");
            if (printed.Count == 0 || detailed.Count == 0)
                continue;
            foreach (var code in printed.Keys.Union(detailed.Keys).Order(StringComparer.Ordinal))
            {
                yield return Comparison.Make(Kind, summary.Index, detail.Index,
                    $"table {summary.Index} function 类 {code} [{measure}] = table {detail.Index} 类 {code} [total]",
                    (detailed.GetValueOrDefault(code) ?? Amount.None).InTable(detail.Index),
                    printed.GetValueOrDefault(code) ?? Amount.None);
            }
        }
    }
}
