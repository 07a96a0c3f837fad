namespace ReportIngest.Core.Text;

/// <summary>The national classification a code's first digit places it in.</summary>
public enum CodeFamily
{
    /// <summary>Neither 2xx, 3xx nor 5xx: digits of something else (a unit code, a row number).</summary>
    Other,
    /// <summary>2xx: 支出功能分类.</summary>
    Function,
    /// <summary>3xx: 部门预算支出经济分类.</summary>
    Economic,
    /// <summary>5xx: 政府预算支出经济分类.</summary>
    GovernmentEconomic,
}
