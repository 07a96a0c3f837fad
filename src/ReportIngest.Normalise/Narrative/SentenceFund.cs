namespace ReportIngest.Normalise.Narrative;

/// <summary>The fund a sentence is about, as far as its wording has said.</summary>
public enum SentenceFund
{
    None,
    /// <summary>财政拨款: every appropriated fund.</summary>
    Fiscal,
    /// <summary>一般公共预算.</summary>
    GeneralBudget,
    /// <summary>政府性基金, 国有资本经营: funds whose figures are not key figures here.</summary>
    OtherFund,
}
