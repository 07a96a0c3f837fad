using System.Text.Json.Serialization;

namespace ReportIngest.Core.Facts;

/// <summary>
/// A key figure the report states in its running text ("收入预算1,212.12万元"): what it is about, the amount as
/// printed and in 万元, and where it was printed. It restates table facts; it is never a fact itself.
/// </summary>
public sealed record NarrativeStatement
{
    /// <summary>0-based position among the document's statements.</summary>
    public required int Index { get; init; }
    /// <summary>The lexicon key of what the figure is (see <see cref="NarrativeSubjects"/>).</summary>
    public required string Subject { get; init; }
    /// <summary>The words that named the subject, as printed ("财政拨款收入").</summary>
    public required string Phrase { get; init; }
    /// <summary>The amount as printed ("1,212.12").</summary>
    public required string PrintedAmount { get; init; }
    /// <summary>The unit as printed after it: 元, 万元 or 亿元.</summary>
    public required string PrintedUnit { get; init; }
    /// <summary>The amount in 万元, exact.</summary>
    public required decimal AmountWan { get; init; }
    public int? Page { get; init; }
    public int? Line { get; init; }
    /// <summary>The sentence the figure was read from.</summary>
    public required string Sentence { get; init; }

    /// <summary>Digits printed after the decimal point: the precision the text states the figure to.</summary>
    [JsonIgnore]
    public int Decimals
    {
        get
        {
            var point = PrintedAmount.IndexOf('.');
            return point < 0 ? 0 : PrintedAmount.Length - point - 1;
        }
    }
}
