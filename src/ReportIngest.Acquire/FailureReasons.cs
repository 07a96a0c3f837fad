namespace ReportIngest.Acquire;

/// <summary>Reasons read "category: details"; progress and the summary count failures by category.</summary>
public static class FailureReasons
{
    public static string Category(string reason)
    {
        var colon = reason.IndexOf(':');
        return colon > 0 ? reason[..colon] : reason;
    }

    public static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 ? $"{span.TotalSeconds:0.#} s" : $"{span.TotalMilliseconds:0} ms";
}
