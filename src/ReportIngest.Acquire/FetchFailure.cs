namespace ReportIngest.Acquire;

/// <summary>
/// A failed attempt with a reason for <c>v_source</c>. Transient failures are retried (after
/// <see cref="RetryAfter"/> when the server asked for a wait); permanent ones are recorded at once.
/// </summary>
public sealed class FetchFailure(string reason, bool transient, TimeSpan? retryAfter = null) : Exception(reason)
{
    public string Reason { get; } = reason;
    public bool Transient { get; } = transient;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public static FetchFailure Retry(string reason, TimeSpan? retryAfter = null) => new(reason, transient: true, retryAfter);

    public static FetchFailure Permanent(string reason) => new(reason, transient: false);
}
