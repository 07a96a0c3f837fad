using System.Net;
using System.Net.Http.Headers;

namespace ReportIngest.Acquire;

/// <summary>Sorts an unsuccessful HTTP status into retry-later (overload, server trouble) or give-up (the URL is wrong).</summary>
internal static class HttpStatusCheck
{
    public static void ThrowIfFailed(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return;
        var code = (int)response.StatusCode;
        var reason = $"HTTP {code} {response.ReasonPhrase}".TrimEnd();
        var transient = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            || (code >= 500 && response.StatusCode is not (HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported));
        throw transient ? FetchFailure.Retry(reason, RetryAfter(response.Headers.RetryAfter)) : FetchFailure.Permanent(reason);
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
