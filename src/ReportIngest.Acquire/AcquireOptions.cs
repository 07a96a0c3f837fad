namespace ReportIngest.Acquire;

/// <summary>
/// How hard and how fast to fetch. The defaults suit slow government sites; tests pass short timeouts and delays.
/// </summary>
public sealed record AcquireOptions
{
    public static readonly AcquireOptions Default = new();

    /// <summary>Folder of the content-addressed store.</summary>
    public string StoreDirectory { get; init; } = Path.Combine("data", "store");

    /// <summary>Longest a request may go without receiving anything (headers or body bytes) before it is abandoned.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest one request may take, headers and whole body, however steadily the bytes come.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest one URL may take over all its attempts and the waits between them.</summary>
    public TimeSpan UrlTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Retries after the first attempt for transient failures (5xx, 408, 429, timeouts, cut bodies).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap on a backoff delay and on a server's Retry-After.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Requests in flight to one host at once.</summary>
    public int PerHostConcurrency { get; init; } = 4;

    /// <summary>Hosts fetched from at once.</summary>
    public int MaxParallelHosts { get; init; } = 8;

    /// <summary>Share of failed attempts to a host, within <see cref="BreakerSamplingDuration"/>, that opens its circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.8;

    /// <summary>Attempts to a host within the sampling window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit rejects requests to the host before letting one probe through.</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Bodies larger than this are refused, so a wrong link cannot fill the disk.</summary>
    public long MaxBytes { get; init; } = 512L * 1024 * 1024;

    public string UserAgent { get; init; } = "ReportIngest/1.0 (+research; budget report acquisition)";
}
