namespace ReportIngest.Acquire.Tests.Support;

/// <summary>What the loopback server does for one request, faults included.</summary>
public sealed record LoopbackResponse(int Status, string Reason, byte[] Body, string ContentType = "application/pdf")
{
    /// <summary>Send only this many body bytes (after a full Content-Length) and close the connection.</summary>
    public int? CutAfter { get; init; }

    /// <summary>Wait this long before answering, like a slow site.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send the body in this many pieces with <see cref="Delay"/> before each: slow but steady.</summary>
    public int Pieces { get; init; } = 1;

    /// <summary>Send the headers, then nothing until the server stops.</summary>
    public bool Stall { get; init; }

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    public static LoopbackResponse Ok(byte[] body, string contentType = "application/pdf") => new(200, "OK", body, contentType);

    public static LoopbackResponse Error(int status, string reason) => new(status, reason, "error"u8.ToArray(), "text/plain");
}
