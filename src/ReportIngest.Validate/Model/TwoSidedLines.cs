namespace ReportIngest.Validate.Model;

/// <summary>The total and carry lines of a two-sided table (收支总表, 财政拨款收支总表), found by label.</summary>
public sealed class TwoSidedLines
{
    private const string IncomeTotal = "income.total";
    private const string ExpenditureTotal = "expenditure.total";

    public TwoSidedLines(TableView table)
    {
        var uncoded = table.Lines.Where(l => !l.IsCoded).ToList();
        IncomeGrandTotal = uncoded.LastOrDefault(l => l.Has(IncomeTotal) && LineNames.IsIncomeGrandTotal(l.CompactName));
        ExpenditureGrandTotal = uncoded.LastOrDefault(l => l.Has(ExpenditureTotal) && LineNames.IsExpenditureGrandTotal(l.CompactName));
        IncomeCurrentTotal = uncoded.FirstOrDefault(l => l.Has(IncomeTotal) && LineNames.IsIncomeCurrentTotal(l.CompactName));
        ExpenditureCurrentTotal = uncoded.FirstOrDefault(l => l.Has(ExpenditureTotal) && LineNames.IsExpenditureCurrentTotal(l.CompactName));
        CarryIn = uncoded.Where(l => l.Has(IncomeTotal) && LineNames.IsCarryIn(l.CompactName)).ToList();
        CarryOut = uncoded.Where(l => l.Measures.Any(IsExpenditure) && LineNames.IsCarryOut(l.CompactName)).ToList();
    }

    public TableLine? IncomeGrandTotal { get; }
    public TableLine? ExpenditureGrandTotal { get; }
    public TableLine? IncomeCurrentTotal { get; }
    public TableLine? ExpenditureCurrentTotal { get; }
    public IReadOnlyList<TableLine> CarryIn { get; }
    public IReadOnlyList<TableLine> CarryOut { get; }

    /// <summary>
    /// This year's spending: the 本年支出(合计) line, or 支出总计 when the table prints no carry-out line
    /// (a budget has no 年末结转, so its 支出总计 is this year's spending).
    /// </summary>
    public TableLine? ExpenditureThisYear => ExpenditureCurrentTotal ?? (CarryOut.Count == 0 ? ExpenditureGrandTotal : null);

    public static bool IsExpenditure(string measure) => measure.StartsWith("expenditure.", StringComparison.Ordinal);
}
