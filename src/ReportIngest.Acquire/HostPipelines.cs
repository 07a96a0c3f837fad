using System.Collections.Concurrent;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ReportIngest.Acquire;

/// <summary>
/// One Polly pipeline per host, so a dead site opens its own circuit and leaves the others alone. Outer to inner:
/// per-URL timeout → retry with exponential backoff, jitter and Retry-After → circuit breaker → per-attempt timeout.
/// </summary>
internal sealed class HostPipelines(AcquireOptions options)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline> pipelines = new();
    private readonly ConcurrentDictionary<string, byte> opened = new();

    /// <summary>Hosts whose circuit opened during the run.</summary>
    public IReadOnlyList<string> OpenedCircuits => opened.Keys.Order(StringComparer.Ordinal).ToList();

    public ResiliencePipeline For(string host) => pipelines.GetOrAdd(host, Build);

    /// <summary>What the retry and the breaker treat as the host's trouble rather than the URL's.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        FetchFailure failure => failure.Transient,
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };

    private ResiliencePipeline Build(string host)
    {
        var transient = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder().AddTimeout(options.UrlTimeout);
        // Polly refuses a retry strategy with no retries: --retries 0 means no retry strategy at all.
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is FetchFailure { RetryAfter: { } wait }
                        ? (TimeSpan?)(wait < options.RetryMaxDelay ? wait : options.RetryMaxDelay)
                        : null),
            });
        }
        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                OnOpened = _ =>
                {
                    opened.TryAdd(host, 0);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
