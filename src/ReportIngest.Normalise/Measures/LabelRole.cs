namespace ReportIngest.Normalise.Measures;

/// <summary>What a header label says about its column.</summary>
public enum LabelRole
{
    /// <summary>Not recognised: the level is transparent (资金来源, 本年支出 …) or, as a leaf, unmapped.</summary>
    Unknown,
    /// <summary>A measure key fragment (基本支出 → basic).</summary>
    Measure,
    /// <summary>A total of its group (合计, 小计, 决算数, 金额): the parent's key, or total at the top.</summary>
    Total,
    /// <summary>Codes: 科目编码, 类, 款, 项, 单位代码.</summary>
    Code,
    /// <summary>Names: 项目, 科目名称, 单位名称, 项目名称.</summary>
    Name,
    /// <summary>Row numbers (行次, 栏次): neither label nor amount.</summary>
    RowNumber,
    /// <summary>The income or expenditure side of a two-sided table.</summary>
    Side,
    /// <summary>预算数 beside 决算数 in a final account: a budget. prefix.</summary>
    Budget,
}
