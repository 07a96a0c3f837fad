using System.Text;
using ReportIngest.Core.Tables;
using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Narrative;

/// <summary>
/// Cuts a document's running text into sentences. A PDF wraps a sentence over several lines (and its figure can
/// sit on the next line: "…增加\n24,558.18万元", even over an empty line), so lines are joined first; a sentence
/// ends at 。 ! ? and before a numbered heading ("二、", "(一)", "3.") that starts a line. A semicolon does not end it:
/// the clauses after it share the sentence's subject ("财政拨款本年收入合计…;本年支出合计…").
/// </summary>
public static partial class RunningText
{
    public static IReadOnlyList<TextSentence> Sentences(IReadOnlyList<string> lines, IReadOnlyList<TextPlace> places)
    {
        var sentences = new List<TextSentence>();
        var text = new StringBuilder();
        var where = new List<TextPlace?>();

        void Flush()
        {
            if (text.Length > 0)
                sentences.Add(new TextSentence(text.ToString(), where.ToList()));
            text.Clear();
            where.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = Compact(lines[i]);
            var place = i < places.Count ? places[i] : null;
            if (StartsHeading(line))
                Flush();
            foreach (var ch in line)
            {
                text.Append(ch);
                where.Add(place);
                if (ch is '。' or '!' or '?')
                    Flush();
            }
        }
        Flush();
        return sentences;
    }

    /// <summary>Full-width forms folded and every space removed (layouts space out characters: "合 计").</summary>
    public static string Compact(string line)
    {
        var folded = FullWidth.Fold(line);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded)
            if (!char.IsWhiteSpace(ch))
                builder.Append(ch);
        return builder.ToString();
    }

    // A table number does not start a heading here: a sentence that points at a table wraps onto a line starting
    // with it ("…详见\n附表3。").
    private static bool StartsHeading(string line) =>
        LeadingNumbering.StartsWithNumbering(line, NumberingForms.All & ~NumberingForms.TableNumber);
}
