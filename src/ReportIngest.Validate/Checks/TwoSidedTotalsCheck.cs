using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// The balance of a two-sided table (收支总表, 财政拨款收支总表): 收入总计 = 支出总计; 收入总计 = 本年收入合计 +
/// carry-in lines (上年结转, 年初结转和结余, 用事业基金弥补收支差额); 支出总计 = 本年支出合计 + carry-out lines
/// (年末结转和结余, 结余分配); and this year's spending = the sum of the function 类 lines on the spending side.
/// </summary>
public sealed class TwoSidedTotalsCheck : ICheck
{
    public string Kind => CheckKinds.TotalRow;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        foreach (var table in document.Tables.Where(t => t.IsTwoSided))
        {
            var lines = new TwoSidedLines(table);
            foreach (var result in Balance(table, lines).Concat(IncomeSide(table, lines))
                         .Concat(ExpenditureSide(table, lines)).Concat(SpendingByClass(table, lines)))
                yield return result;
        }
    }

    private IEnumerable<CheckResult> Balance(TableView table, TwoSidedLines lines)
    {
        if (lines.IncomeGrandTotal?.AmountOf("income.total") is { } income &&
            lines.ExpenditureGrandTotal?.AmountOf("expenditure.total") is { } spending)
            yield return Comparison.Make(Kind, table.Index, null,
                $"table {table.Index} income grand total '{lines.IncomeGrandTotal}' = expenditure grand total '{lines.ExpenditureGrandTotal}'",
                income, spending);
    }

    private IEnumerable<CheckResult> IncomeSide(TableView table, TwoSidedLines lines)
    {
        if (lines.IncomeGrandTotal?.AmountOf("income.total") is not { } total ||
            lines.IncomeCurrentTotal?.AmountOf("income.total") is not { } current)
            yield break;
        var carry = lines.CarryIn.Select(l => l.AmountOf("income.total")!);
        yield return Comparison.Make(Kind, table.Index, null,
            $"table {table.Index} '{lines.IncomeGrandTotal}' [income.total] = '{lines.IncomeCurrentTotal}'" +
            string.Concat(lines.CarryIn.Select(l => $" + '{l}'")),
            Amount.Sum(carry.Prepend(current)), total);
    }

    private IEnumerable<CheckResult> ExpenditureSide(TableView table, TwoSidedLines lines)
    {
        if (lines.ExpenditureGrandTotal is not { } total || lines.ExpenditureCurrentTotal is not { } current)
            yield break;
        foreach (var fact in total.Facts.Where(f => TwoSidedLines.IsExpenditure(f.Measure)))
        {
            var parts = lines.CarryOut.Prepend(current).Select(l => l.AmountOf(fact.Measure)).OfType<Amount>();
            yield return Comparison.Make(Kind, table.Index, null,
                $"table {table.Index} '{total}' [{fact.Measure}] = '{current}'" +
                string.Concat(lines.CarryOut.Select(l => $" + '{l}'")),
                Amount.Sum(parts), Amount.Of(fact));
        }
    }

    private IEnumerable<CheckResult> SpendingByClass(TableView table, TwoSidedLines lines)
    {
        var roots = table.Segments.Where(s => s.Classification == "function").SelectMany(s => s.Roots).ToList();
        if (roots.Count == 0 || lines.ExpenditureThisYear is not { } thisYear)
            yield break;
        foreach (var fact in thisYear.Facts.Where(f => TwoSidedLines.IsExpenditure(f.Measure)))
        {
            var parts = Amount.Sum(roots.Select(r => r.AmountOf(fact.Measure)).OfType<Amount>());
            yield return Comparison.Make(Kind, table.Index, null,
                $"table {table.Index} '{thisYear}' [{fact.Measure}] = sum of the {roots.Count} function lines",
                parts, Amount.Of(fact));
        }
    }
}
