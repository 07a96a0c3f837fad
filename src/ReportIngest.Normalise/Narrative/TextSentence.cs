using ReportIngest.Core.Tables;

namespace ReportIngest.Normalise.Narrative;

/// <summary>
/// One sentence of running text, whitespace removed and full-width forms folded (so "收 入" reads 收入 and "，" reads
/// ","), with the place each character was printed.
/// </summary>
public sealed record TextSentence(string Text, IReadOnlyList<TextPlace?> Places)
{
    public TextPlace? PlaceAt(int index) => index < Places.Count ? Places[index] : null;
}
