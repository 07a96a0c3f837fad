namespace ReportIngest.Cli.Commands;

/// <summary>The exit codes every command shares (README, Commands).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A usage error: a bad option, a missing file, a --db that is not a database, nothing to do.</summary>
    public const int Usage = 1;

    /// <summary>The command ran, and some of its documents or URLs failed (each recorded with its reason).</summary>
    public const int SomeFailed = 2;

    /// <summary>Interrupted by Ctrl-C (128 + SIGINT), after rolling back what was in flight.</summary>
    public const int Interrupted = 130;
}
