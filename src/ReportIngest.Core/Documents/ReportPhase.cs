namespace ReportIngest.Core.Documents;

/// <summary>Which account a report gives: the coming year's budget (预算) or the closed year's final account (决算).</summary>
public enum ReportPhase
{
    Budget,
    Final,
}
