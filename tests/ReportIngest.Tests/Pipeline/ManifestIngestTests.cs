using System.Net;
using System.Net.Sockets;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary><c>ingest --manifest</c>: acquire from a loopback server, then ingest what was stored, URL as source.</summary>
public sealed class ManifestIngestTests : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string prefix;

    public ManifestIngestTests()
    {
        var port = FreePort();
        prefix = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    [Fact]
    public async Task Manifest_urls_are_acquired_recorded_and_ingested()
    {
        using var temp = new TempDirectory();
        var manifest = temp.File("manifest.csv");
        File.WriteAllText(manifest, $"url,region,fiscal_year,phase\n{prefix}002.pdf,阿克陶县,2023,budget\n{prefix}missing.pdf,,,\n");
        var db = temp.File("reports.db");

        var (summary, files) = await ManifestAcquisition.RunAsync(manifest, db, temp.File("store"), new Progress<Acquire.AcquireProgress>(), CancellationToken.None);
        Assert.Single(summary.Failed);
        Assert.All(Ingest.Run(db, files), o => Assert.True(o.Loaded, o.Reason));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var sources = connection.Query<(string Url, string Status)>("SELECT url, status FROM v_source ORDER BY url").ToList();
        Assert.Equal([($"{prefix}002.pdf", "stored"), ($"{prefix}missing.pdf", "failed")], sources);
        var document = connection.QuerySingle<(string Source, string Status, string RegionCode)>("SELECT source, status, region_code FROM v_document");
        Assert.Equal(($"{prefix}002.pdf", "loaded", "653022"), document);
        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", "facts-002.csv"));
        Assert.True(score.Recall == 1.0, score.ToString());
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            var file = Path.Combine(RepoPaths.Corpus, Path.GetFileName(context.Request.Url!.AbsolutePath));
            if (File.Exists(file))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                context.Response.ContentType = "application/pdf";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
