namespace ReportIngest.Validate.Model;

/// <summary>The printed labels of total and carry lines, compared without spaces.</summary>
public static class LineNames
{
    /// <summary>The grand total of a one-sided table (合计, 总计), or a total of one group (人员经费合计).</summary>
    public static bool IsTotal(string compactName) =>
        !IsBreakdown(compactName) && (compactName.EndsWith("合计", StringComparison.Ordinal) || compactName.EndsWith("总计", StringComparison.Ordinal));

    public static bool IsGrandTotal(string compactName) => compactName is "合计" or "总计";

    public static bool IsIncomeGrandTotal(string compactName) => compactName is "收入总计" or "总计";

    public static bool IsExpenditureGrandTotal(string compactName) => compactName is "支出总计" or "总计";

    public static bool IsIncomeCurrentTotal(string compactName) => compactName is "本年收入合计" or "本年收入";

    public static bool IsExpenditureCurrentTotal(string compactName) => compactName is "本年支出合计" or "本年支出";

    /// <summary>Income brought in besides this year's: 上年结转(结余), 年初(财政拨款)结转和结余, 用事业基金弥补收支差额.</summary>
    public static bool IsCarryIn(string compactName) =>
        !IsBreakdown(compactName) &&
        (compactName.StartsWith("上年结转", StringComparison.Ordinal) ||
         compactName.StartsWith("年初", StringComparison.Ordinal) && compactName.Contains("结转", StringComparison.Ordinal) ||
         compactName == "用事业基金弥补收支差额");

    /// <summary>Spending-side lines below this year's spending: 年末(财政拨款)结转和结余, 结余分配.</summary>
    public static bool IsCarryOut(string compactName) =>
        !IsBreakdown(compactName) &&
        (compactName.StartsWith("年末", StringComparison.Ordinal) && compactName.Contains("结转", StringComparison.Ordinal) || compactName == "结余分配");

    /// <summary>"其中：…" lines restate part of the line above and are never added.</summary>
    public static bool IsBreakdown(string compactName) => compactName.StartsWith("其中", StringComparison.Ordinal);
}
