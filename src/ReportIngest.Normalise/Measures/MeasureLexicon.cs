using System.Text.RegularExpressions;
using ReportIngest.Core.Facts;

namespace ReportIngest.Normalise.Measures;

/// <summary>
/// Header labels as counties print them, mapped to SCHEMA.md's measure keys. Exact labels first, then a few
/// patterns for labels that vary in wording (…拨款收入 / …拨款, 一般公共 预算 broken over lines).
/// </summary>
public static partial class MeasureLexicon
{
    private static readonly Dictionary<string, LabelMeaning> Exact = Build();

    public static LabelMeaning Meaning(string label, bool isLeaf = false)
    {
        var key = HeaderLabel.Key(label);
        if (key.Length == 0) return LabelMeaning.Unknown;
        // 财政拨款收入 heads the income side of a 财政拨款收支总表, but as a column of its own it is an amount.
        if (isLeaf && key is "财政拨款收入" or "财政拨款") return new(LabelRole.Measure, "fiscal_appropriation");
        if (Exact.TryGetValue(key, out var meaning)) return meaning;
        if (key.EndsWith("小计", StringComparison.Ordinal) || key.EndsWith("合计", StringComparison.Ordinal)) return new(LabelRole.Total);
        if (CodeLabel().IsMatch(key)) return new(LabelRole.Code);
        if (NameLabel().IsMatch(key)) return new(LabelRole.Name);
        foreach (var (pattern, measure) in Patterns)
            if (pattern.IsMatch(key)) return new(LabelRole.Measure, measure);
        return LabelMeaning.Unknown;
    }

    /// <summary>
    /// The three-public category columns (因公出国（境）费, 公务接待费 …), keys under three_public. The bare 购置费 and
    /// 运行费 are the two parts printed under 公务用车购置及运行费.
    /// </summary>
    public static string? ThreePublicKey(string label)
    {
        var key = HeaderLabel.Key(label);
        if (key is "合计" or "小计") return "three_public.total";
        if (IsThreePublicGroup(label)) return "three_public.total";
        if (key.StartsWith("因公出国", StringComparison.Ordinal)) return "three_public.overseas";
        if (key.StartsWith("公务用车购置及运行", StringComparison.Ordinal)) return "three_public.vehicles";
        if (key.StartsWith("公务用车购置", StringComparison.Ordinal) || key is "购置费" or "车辆购置费" or "购置") return "three_public.vehicle_purchase";
        if (key.StartsWith("公务用车运行", StringComparison.Ordinal) || key is "运行费" or "车辆运行费" or "运行维护费" or "运行") return "three_public.vehicle_operation";
        if (key.StartsWith("公务接待", StringComparison.Ordinal)) return "three_public.reception";
        return null;
    }

    /// <summary>A header that heads the three-public columns as a group ("三公"经费预算数, "三公"经费支出).</summary>
    public static bool IsThreePublicGroup(string label) =>
        HeaderLabel.Key(label).Contains("三公", StringComparison.Ordinal) && Meaning(label).Role is not (LabelRole.Name or LabelRole.Code);

    /// <summary>Columns a 三公 table prints beside the three-public ones (会议费, 培训费, 机关运行经费).</summary>
    public static bool IsBesideThreePublic(string label) =>
        Meaning(label).Key is "meeting" or "training" or "operating_costs";

    private static readonly (Regex Pattern, string Measure)[] Patterns =
    [
        (new Regex(@"^上级一般公共预算(安排)?的?转移支付"), "superior_transfer.general_budget"),
        (new Regex(@"^上级政府性基金(预算)?(安排)?的?转移支付"), "superior_transfer.gov_fund"),
        (new Regex(@"^上级国有资本经营预算(安排)?的?转移支付"), "superior_transfer.state_capital"),
        (new Regex(@"^一般公共预算(财政)?(拨款)?(收入|支出)?(\(补助\))?$"), "general_budget"),
        (new Regex(@"^政府性?基金(预算)?(财政)?(拨款)?(收入)?$"), "gov_fund"),
        (new Regex(@"^国有(资本)?(经营)?(预算)?(财政)?(拨款)?(收入)?$|^国有.*营.*预算$"), "state_capital"),
        (new Regex(@"^财政专户"), "special_account"),
        (new Regex(@"^财政拨款(收入)?(\(补助\))?$"), "fiscal_appropriation"),
        (new Regex(@"^机关运行经费(预算|决算|支出)?数?$"), "operating_costs"),
        (new Regex(@"^(单位)?预留机动经费$"), "reserve"),
        (new Regex(@"^会议费(预算|决算|支出)?数?$"), "meeting"),
        (new Regex(@"^培训费(预算|决算|支出)?数?$"), "training"),
    ];

    private static Dictionary<string, LabelMeaning> Build()
    {
        var d = new Dictionary<string, LabelMeaning>();
        void Add(LabelMeaning meaning, params string[] labels) { foreach (var l in labels) d[l] = meaning; }

        Add(new(LabelRole.Total), "合计", "总计", "小计", "本年支出合计", "本年收入合计", "金额", "决算数", "项目支出合计",
            "支出合计", "收入合计", "本年合计");
        Add(new(LabelRole.Budget), "预算数", "年初预算数", "全年预算数", "预算");
        Add(new(LabelRole.Measure, "basic"), "基本支出");
        Add(new(LabelRole.Measure, "project"), "项目支出");
        Add(new(LabelRole.Measure, "personnel"), "人员经费", "人员支出");
        Add(new(LabelRole.Measure, "public_operating"), "公用经费", "日常公用经费", "公用支出");
        Add(new(LabelRole.Measure, "current_year"), "当年财政拨款安排", "当年财政拨款预算安排", "本年收入", "本年拨款", "当年拨款",
            "本年财政拨款安排");
        Add(new(LabelRole.Measure, "carryover"), "上年结转", "年初结转和结余", "上年结转结余", "上年结转安排", "年初财政拨款结转和结余",
            "使用上年结转");
        Add(new(LabelRole.Measure, "year_end_balance"), "年末结转和结余", "年末财政拨款结转和结余");
        Add(new(LabelRole.Measure, "business_income"), "事业收入");
        Add(new(LabelRole.Measure, "operating_income"), "经营收入", "事业单位经营收入");
        Add(new(LabelRole.Measure, "superior_subsidy"), "上级补助收入");
        Add(new(LabelRole.Measure, "affiliate_remit"), "附属单位上缴收入");
        Add(new(LabelRole.Measure, "other_income"), "其他收入");
        Add(new(LabelRole.Measure, "unit_funds"), "单位资金");
        Add(new(LabelRole.Measure, "carryover.fiscal_appropriation"), "财政拨款结转");
        Add(new(LabelRole.Measure, "carryover.non_fiscal"), "非财政拨款结转结余", "非财政拨款结转");
        Add(new(LabelRole.Measure, "carryover.returned_quota"), "上年应返还额度结转");
        Add(new(LabelRole.Measure, "remit_superior"), "上缴上级支出");
        Add(new(LabelRole.Measure, "operating_expenditure"), "经营支出");
        Add(new(LabelRole.Measure, "affiliate_subsidy"), "对附属单位补助支出");
        Add(new(LabelRole.Measure, "economic.301"), "工资福利支出");
        Add(new(LabelRole.Measure, "economic.302"), "商品和服务支出");
        Add(new(LabelRole.Measure, "economic.303"), "对个人和家庭的补助", "对个人和家庭补助");
        Add(new(LabelRole.Measure, "economic.307"), "债务利息及费用支出");
        Add(new(LabelRole.Measure, "economic.309"), "资本性支出(基本建设)");
        Add(new(LabelRole.Measure, "economic.310"), "资本性支出");
        Add(new(LabelRole.Measure, "economic.311"), "对企业补助(基本建设)");
        Add(new(LabelRole.Measure, "economic.312"), "对企业补助");
        Add(new(LabelRole.Measure, "economic.313"), "对社会保障基金补助");
        Add(new(LabelRole.Measure, "economic.399"), "其他支出");
        Add(new(LabelRole.Code), "类", "款", "项", "科目编码", "单位代码", "单位编码", "功能分类科目编码", "经济分类科目编码", "科目代码",
            "功能分类", "项目编码");
        Add(new(LabelRole.Name), "项目", "科目名称", "单位名称", "单位名称(科目)", "项目(科目)", "功能分类科目名称", "经济分类科目名称",
            "项目名称", "三公支出内容", "支出内容", "项目单位名称(科目)", "科目", "单位名称(科目名称)");
        Add(new(LabelRole.RowNumber), "行次", "栏次", "序号");
        Add(new(LabelRole.Side) { Side = TableSide.Income }, "收入", "财政拨款收入", "收入项目");
        Add(new(LabelRole.Side) { Side = TableSide.Expenditure }, "支出", "财政拨款支出", "支出项目");
        return d;
    }

    [GeneratedRegex(@"(编码|代码)$")]
    private static partial Regex CodeLabel();

    [GeneratedRegex(@"(名称|名称\(科目\))$")]
    private static partial Regex NameLabel();
}
