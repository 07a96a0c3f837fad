namespace ReportIngest.Load;

/// <summary>SQL the read-only <c>query</c> command will not run, with why.</summary>
public sealed class QueryRejectedException(string message) : Exception(message);
