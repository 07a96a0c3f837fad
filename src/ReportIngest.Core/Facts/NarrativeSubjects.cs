namespace ReportIngest.Core.Facts;

/// <summary>
/// The key figures the national templates make every report state in its explanatory text: the values of
/// <see cref="NarrativeStatement.Subject"/>.
/// </summary>
public static class NarrativeSubjects
{
    /// <summary>收支总计, 收入支出总计, 收支预算总数.</summary>
    public const string IncomeExpenditureTotal = "income_expenditure_total";
    /// <summary>收入预算, 收入总计: 收支总表 收入总计 or 本年收入 (templates differ on whether 上年结转 is included).</summary>
    public const string IncomeTotal = "income_total";
    /// <summary>本年收入合计.</summary>
    public const string IncomeThisYear = "income_this_year";
    /// <summary>支出预算, 支出总计.</summary>
    public const string ExpenditureTotal = "expenditure_total";
    /// <summary>本年支出合计.</summary>
    public const string ExpenditureThisYear = "expenditure_this_year";
    /// <summary>财政拨款收支总计, 财政拨款收入支出总计, 财政拨款收支预算总数.</summary>
    public const string FiscalTotal = "fiscal_total";
    /// <summary>财政拨款收入.</summary>
    public const string FiscalIncome = "fiscal_income";
    /// <summary>财政拨款支出.</summary>
    public const string FiscalExpenditure = "fiscal_expenditure";
    /// <summary>一般公共预算(拨款)收入, 一般公共预算当年拨款.</summary>
    public const string GeneralBudgetIncome = "general_budget_income";
    /// <summary>一般公共预算(财政)(拨款)支出.</summary>
    public const string GeneralBudgetExpenditure = "general_budget_expenditure";
    /// <summary>一般公共预算(财政拨款)基本支出.</summary>
    public const string GeneralBudgetBasic = "general_budget_basic";
    /// <summary>基本支出 (of every fund, or of the 一般公共预算 where the text says so before).</summary>
    public const string Basic = "basic";
    /// <summary>项目支出.</summary>
    public const string Project = "project";
    /// <summary>人员经费 of basic spending.</summary>
    public const string Personnel = "personnel";
    /// <summary>公用经费, 日常公用经费 of basic spending.</summary>
    public const string PublicOperating = "public_operating";
    /// <summary>“三公”经费.</summary>
    public const string ThreePublicTotal = "three_public_total";
    /// <summary>因公出国（境）费.</summary>
    public const string ThreePublicOverseas = "three_public_overseas";
    /// <summary>公务用车购置及运行（维护）费.</summary>
    public const string ThreePublicVehicles = "three_public_vehicles";
    /// <summary>公务用车购置费.</summary>
    public const string ThreePublicVehiclePurchase = "three_public_vehicle_purchase";
    /// <summary>公务用车运行（维护）费.</summary>
    public const string ThreePublicVehicleOperation = "three_public_vehicle_operation";
    /// <summary>公务接待费.</summary>
    public const string ThreePublicReception = "three_public_reception";
    /// <summary>机关运行经费.</summary>
    public const string OperatingCosts = "operating_costs";
    /// <summary>政府采购(预算).</summary>
    public const string Procurement = "procurement";
}
