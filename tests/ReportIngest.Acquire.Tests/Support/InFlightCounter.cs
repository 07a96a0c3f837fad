using System.Collections.Concurrent;
using System.Net;

namespace ReportIngest.Acquire.Tests.Support;

/// <summary>
/// Counts the client's requests in flight, from sending to the response's disposal (its body read or abandoned):
/// the client's own view per host, free of the server's lag in noticing a closed connection.
/// </summary>
public sealed class InFlightCounter : DelegatingHandler
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> inFlight = new();
    private readonly ConcurrentDictionary<string, int> maxInFlight = new();

    /// <summary>Most requests at once to the host (host:port).</summary>
    public int MaxInFlight(string authority) => maxInFlight.GetValueOrDefault(authority);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Authority;
        Enter(host);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            response.Content = new CountedContent(response.Content, () => Exit(host));
            return response;
        }
        catch
        {
            Exit(host);
            throw;
        }
    }

    private void Enter(string host)
    {
        lock (gate)
        {
            var now = inFlight[host] = inFlight.GetValueOrDefault(host) + 1;
            maxInFlight[host] = Math.Max(now, maxInFlight.GetValueOrDefault(host));
        }
    }

    private void Exit(string host)
    {
        lock (gate) inFlight[host]--;
    }

    private sealed class CountedContent : HttpContent
    {
        private readonly HttpContent inner;
        private Action? onDispose;

        public CountedContent(HttpContent inner, Action onDispose)
        {
            this.inner = inner;
            this.onDispose = onDispose;
            foreach (var header in inner.Headers)
                Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override Task<Stream> CreateContentReadStreamAsync() => inner.ReadAsStreamAsync();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Exchange(ref onDispose, null)?.Invoke();
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
