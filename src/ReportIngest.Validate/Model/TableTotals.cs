namespace ReportIngest.Validate.Model;

/// <summary>The headline amounts of a table that other tables restate.</summary>
public static class TableTotals
{
    /// <summary>The 合计/总计 line of a one-sided table.</summary>
    public static TableLine? GrandTotal(TableView table) =>
        table.Lines.FirstOrDefault(l => !l.IsCoded && LineNames.IsGrandTotal(l.CompactName));

    public static Amount? GrandTotal(TableView table, string measure) => GrandTotal(table)?.AmountOf(measure);

    /// <summary>
    /// A basic-spending table's total: its 合计 total, or 人员经费 + 公用经费 where only those are totalled
    /// (final accounts print 人员经费合计 and 公用经费合计 lines instead of one 合计).
    /// </summary>
    public static Amount? BasicSpending(TableView table)
    {
        if (GrandTotal(table, "total") is { } total)
            return total;
        var totals = table.Lines.Where(l => !l.IsCoded && LineNames.IsTotal(l.CompactName)).ToList();
        var personnel = totals.Select(l => l.AmountOf("personnel")).OfType<Amount>().FirstOrDefault();
        var operating = totals.Select(l => l.AmountOf("public_operating")).OfType<Amount>().FirstOrDefault();
        return personnel is not null && operating is not null ? personnel + operating : null;
    }

    /// <summary>
    /// The 一般公共预算 column of a 财政拨款收支总表's spending side: <c>expenditure.general_budget</c>, or
    /// <c>expenditure.total</c> when the table has no other fund's column.
    /// </summary>
    public static string? GeneralBudgetSpendingMeasure(TableView fiscalSummary)
    {
        if (fiscalSummary.HasMeasure("expenditure.general_budget"))
            return "expenditure.general_budget";
        var otherFunds = fiscalSummary.HasMeasure("expenditure.gov_fund") || fiscalSummary.HasMeasure("expenditure.state_capital");
        return otherFunds ? null : "expenditure.total";
    }
}
