using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Reference;

/// <summary>
/// The comparable form of a printed name: full-width brackets and digits folded, no whitespace, and a
/// trailing 支出 dropped, since reports print 社会保障和就业 and 社会保障和就业支出 alike.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var key = LabelText.Squash(FullWidth.Fold(name));
        return key.EndsWith("支出", StringComparison.Ordinal) && key.Length > 3 ? key[..^2] : key;
    }
}
