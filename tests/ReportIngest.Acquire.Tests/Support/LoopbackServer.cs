using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ReportIngest.Acquire.Tests.Support;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, one connection per request, that answers each GET as
/// the route says given the path and how many times it was asked for. Raw sockets let it cut bodies and stall.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, int, LoopbackResponse> route;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> requests = new();
    private readonly Task accepting;
    private int inFlight;
    private int maxInFlight;

    /// <param name="route">Path and 1-based request number for that path → the response.</param>
    public LoopbackServer(Func<string, int, LoopbackResponse> route)
    {
        this.route = route;
        listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        accepting = AcceptAsync();
    }

    public Uri BaseUri { get; }

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int TotalRequests => requests.Values.Sum(q => q.Count);

    public Uri Url(string path) => new(BaseUri, path);

    public int Hits(string path) => requests.TryGetValue(path, out var times) ? times.Count : 0;

    public IReadOnlyList<DateTimeOffset> Times(string path) => requests.TryGetValue(path, out var times) ? times.ToList() : [];

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stopping.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPathAsync(stream);
                if (path is null) return;
                var times = requests.GetOrAdd(path, _ => new ConcurrentQueue<DateTimeOffset>());
                times.Enqueue(DateTimeOffset.UtcNow);
                // in flight from the request's arrival to the last byte written, not to the socket's close
                var now = Interlocked.Increment(ref inFlight);
                int seen;
                while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen) { }
                try
                {
                    await WriteAsync(stream, route(path, times.Count));
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }
            catch (Exception)
            {
                // the client gave up (a timeout) or the server is stopping: nothing to report
            }
        }
    }

    private async Task<string?> ReadRequestPathAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[4096];
        while (!head.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer, stopping.Token);
            if (read == 0) return null;
            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        var requestLine = head.ToString()[..head.ToString().IndexOf("\r\n", StringComparison.Ordinal)].Split(' ');
        return requestLine.Length >= 2 ? requestLine[1] : null;
    }

    private async Task WriteAsync(NetworkStream stream, LoopbackResponse response)
    {
        var head = new StringBuilder()
            .Append($"HTTP/1.1 {response.Status} {response.Reason}\r\n")
            .Append($"Content-Type: {response.ContentType}\r\n")
            .Append($"Content-Length: {response.Body.Length}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in response.Headers)
            head.Append($"{name}: {value}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), stopping.Token);
        await stream.FlushAsync(stopping.Token);
        if (response.Stall)
        {
            // until the client gives up and closes the connection (a read then returns 0) or the server stops
            while (await stream.ReadAsync(new byte[1], stopping.Token) > 0) { }
            return;
        }
        var length = Math.Min(response.CutAfter ?? response.Body.Length, response.Body.Length);
        var piece = (length + response.Pieces - 1) / Math.Max(1, response.Pieces);
        for (var sent = 0; sent < length; sent += piece)
        {
            if (response.Delay > TimeSpan.Zero)
                await Task.Delay(response.Delay, stopping.Token);
            await stream.WriteAsync(response.Body.AsMemory(sent, Math.Min(piece, length - sent)), stopping.Token);
            await stream.FlushAsync(stopping.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}
