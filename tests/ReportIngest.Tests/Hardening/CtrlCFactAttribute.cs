using System.Globalization;

namespace ReportIngest.Tests.Hardening;

/// <summary>
/// A fact that sends Ctrl-C (SIGINT) to the CLI: skipped where this process ignores SIGINT, as a job started in the
/// background of a non-interactive shell (<c>./scripts/test &amp;</c>, nohup) does. A child inherits an ignored signal
/// across exec, so the CLI would never see the interrupt, exactly as a user's <c>nohup reportingest …</c> should not.
/// </summary>
public sealed class CtrlCFactAttribute : FactAttribute
{
    public CtrlCFactAttribute()
    {
        if (SigIntIgnored())
            Skip = "SIGINT is ignored by this process (started in the background of a shell), so by the CLI it starts";
    }

    private static bool SigIntIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return false;
        var mask = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return mask is not null
            && ulong.TryParse(mask["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var ignored)
            && (ignored & (1UL << (2 - 1))) != 0; // bit n-1 is signal n; SIGINT is 2
    }
}
