namespace ReportIngest.Normalise.Codes;

/// <summary>A classification code found for a row: "function" or "economic", and the joined digits.</summary>
public sealed record ResolvedCode(string Classification, string Code)
{
    public static readonly ResolvedCode None = new("", "");
    public bool IsNone => Code.Length == 0;
}
