namespace ReportIngest.Acquire.Tests.Support;

/// <summary>Short timeouts and backoffs so the fault tests run in seconds.</summary>
public static class TestOptions
{
    public static AcquireOptions For(string storeDirectory) => new()
    {
        StoreDirectory = storeDirectory,
        StallTimeout = TimeSpan.FromSeconds(2), // long enough for a cold JIT on a busy 2-core machine; the stall test waits it out once
        AttemptTimeout = TimeSpan.FromSeconds(10),
        UrlTimeout = TimeSpan.FromSeconds(20),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromSeconds(3),
        PerHostConcurrency = 3,
        MaxParallelHosts = 4,
        BreakerFailureRatio = 0.9,
        BreakerMinimumThroughput = 4,
        BreakerSamplingDuration = TimeSpan.FromSeconds(30),
        BreakerBreakDuration = TimeSpan.FromSeconds(30),
    };
}
