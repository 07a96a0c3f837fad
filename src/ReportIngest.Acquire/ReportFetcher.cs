using System.Net.Http;
using System.Security.Cryptography;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>
/// Fetches one URL through its host's pipeline into the store and says what happened. Every outcome but
/// cancellation becomes a <see cref="SourceRecord"/>: a bad URL costs a row, never the run.
/// </summary>
internal sealed class ReportFetcher(HttpClient client, ContentStore store, AcquireOptions options)
{
    private const int BufferSize = 81920;

    public async Task<SourceRecord> FetchAsync(ManifestEntry entry, ResiliencePipeline pipeline, CancellationToken cancellationToken)
    {
        var url = entry.Url.AbsoluteUri;
        var attempts = 0;
        string? lastReason = null;
        try
        {
            var file = await pipeline.ExecuteAsync(async token =>
            {
                Interlocked.Increment(ref attempts);
                try
                {
                    return await AttemptAsync(entry.Url, token);
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    lastReason = Describe(e);
                    throw;
                }
            }, cancellationToken);
            return SourceRecord.Stored(url, attempts, file.Sha256, file.Bytes, file.Path, entry.Hints);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException)
        {
            var last = lastReason is null ? "" : $"; this URL's last try: {lastReason}";
            return SourceRecord.Failed(url, $"circuit open: {entry.HostKey} keeps failing, not tried again this run{last}", attempts, entry.Hints);
        }
        catch (TimeoutRejectedException e) when (e.Timeout == options.UrlTimeout && e.Timeout != options.AttemptTimeout)
        {
            var last = lastReason is null ? "" : $" (last try: {lastReason})";
            return SourceRecord.Failed(url, $"gave up: no success within the per-URL limit of {FailureReasons.Seconds(e.Timeout)}{last}", attempts, entry.Hints);
        }
        catch (Exception e) when (e is FetchFailure or TimeoutRejectedException or HttpRequestException or IOException)
        {
            return SourceRecord.Failed(url, Describe(e), attempts, entry.Hints);
        }
    }

    private string Describe(Exception e) => e switch
    {
        FetchFailure failure => failure.Reason,
        TimeoutRejectedException timeout => $"timed out: no complete response within {FailureReasons.Seconds(timeout.Timeout)}",
        HttpRequestException request => $"connection failed: {request.HttpRequestError} ({request.InnerException?.Message ?? request.Message})",
        IOException io => $"connection lost: {io.Message}",
        OperationCanceledException => $"timed out: no complete response within {FailureReasons.Seconds(options.AttemptTimeout)}",
        _ => e.Message,
    };

    /// <summary>
    /// One request. Besides the attempt's overall timeout, a stall watch cancels it when no data came for
    /// <see cref="AcquireOptions.StallTimeout"/>: a big file on a slow but steady site is not cut off, a hung one is.
    /// </summary>
    private async Task<StoredFile> AttemptAsync(Uri url, CancellationToken cancellationToken)
    {
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stall.CancelAfter(options.StallTimeout);
        try
        {
            return await AttemptAsync(url, stall, cancellationToken);
        }
        catch (Exception e) when (e is not FetchFailure && stall.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw FetchFailure.Retry($"stalled: no data for {FailureReasons.Seconds(options.StallTimeout)}");
        }
    }

    private async Task<StoredFile> AttemptAsync(Uri url, CancellationTokenSource stall, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stall.Token);
        HttpStatusCheck.ThrowIfFailed(response);
        var declared = response.Content.Headers.ContentLength;
        if (declared > options.MaxBytes)
            throw FetchFailure.Permanent($"too large: {declared} bytes, the limit is {options.MaxBytes}");
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();

        var partial = store.NewPartialPath();
        try
        {
            var (sha256, length) = await CopyAsync(response, partial, stall, cancellationToken);
            if (declared is { } expected && length < expected)
                throw FetchFailure.Retry($"body cut short: {length} of {expected} bytes");
            var extension = ContentCheck.Verify(partial, length, mediaType, url);
            return new StoredFile(store.Commit(partial, sha256, extension), sha256, length);
        }
        catch
        {
            ContentStore.Discard(partial);
            throw;
        }
    }

    private async Task<(string Sha256, long Length)> CopyAsync(HttpResponseMessage response, string partial,
        CancellationTokenSource stall, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long length = 0;
        await using var body = await response.Content.ReadAsStreamAsync(stall.Token);
        await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            while (true)
            {
                int read;
                try
                {
                    stall.CancelAfter(options.StallTimeout);
                    read = await body.ReadAsync(buffer, stall.Token);
                }
                catch (IOException) when (!stall.IsCancellationRequested)
                {
                    var expected = response.Content.Headers.ContentLength is { } total ? $" of {total}" : "";
                    throw FetchFailure.Retry($"body cut short: connection closed after {length}{expected} bytes");
                }
                if (read == 0) break;
                length += read;
                if (length > options.MaxBytes)
                    throw FetchFailure.Permanent($"too large: over the limit of {options.MaxBytes} bytes");
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), length);
    }
}
