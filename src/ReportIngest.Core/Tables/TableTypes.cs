namespace ReportIngest.Core.Tables;

/// <summary>The table labels of SCHEMA.md: the classifier's vocabulary.</summary>
public static class TableTypes
{
    public const string IncomeExpenditureSummary = "income_expenditure_summary";
    public const string IncomeSummary = "income_summary";
    public const string ExpenditureSummary = "expenditure_summary";
    public const string FiscalSummary = "fiscal_summary";
    public const string FiscalExpenditureEconomic = "fiscal_expenditure_economic";
    public const string FiscalExpenditureFunction = "fiscal_expenditure_function";
    public const string GeneralExpenditure = "general_expenditure";
    public const string GeneralBasicExpenditure = "general_basic_expenditure";
    public const string GeneralProjectExpenditure = "general_project_expenditure";
    public const string ThreePublic = "three_public";
    public const string GovFundExpenditure = "gov_fund_expenditure";
    public const string GovFundThreePublic = "gov_fund_three_public";
    public const string StateCapitalExpenditure = "state_capital_expenditure";
    public const string ProjectPerformance = "project_performance";
    public const string OverallPerformance = "overall_performance";
    public const string Procurement = "procurement";
    public const string OperatingCosts = "operating_costs";
    public const string ProjectList = "project_list";
    public const string UnitList = "unit_list";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        IncomeExpenditureSummary, IncomeSummary, ExpenditureSummary, FiscalSummary, FiscalExpenditureEconomic,
        FiscalExpenditureFunction, GeneralExpenditure, GeneralBasicExpenditure, GeneralProjectExpenditure, ThreePublic, GovFundExpenditure,
        GovFundThreePublic, StateCapitalExpenditure, ProjectPerformance, OverallPerformance, Procurement,
        OperatingCosts, ProjectList, UnitList, Other,
    ];

    /// <summary>Two-sided tables: income on the left, expenditure on the right.</summary>
    public static bool IsTwoSided(string type) => type is IncomeExpenditureSummary or FiscalSummary;

    /// <summary>Tables whose content is targets and indicators, not amounts: they give no facts.</summary>
    public static bool IsNonFinancial(string type) => type is ProjectPerformance or OverallPerformance or UnitList;
}
