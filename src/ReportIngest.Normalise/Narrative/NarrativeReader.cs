using System.Text.RegularExpressions;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Normalise.Narrative;

/// <summary>
/// Reads the key figures a report states in its running text. A subject takes the first figure after its wording
/// when only qualifiers stand between them ("“三公”经费预算数为1.00万元"). A figure the text compares with
/// ("比上年增加X万元", "年初预算为X万元") is passed over; the figure after it is still taken when the text goes on
/// to this year's ("…年初预算为0.95万元,支出决算为0.00万元"). Another subject's wording ends the search.
/// </summary>
public static partial class NarrativeReader
{
    /// <param name="isFinal">
    /// A final account states the budget beside the outturn ("年初预算为X万元,支出决算为Y万元"): there a figure
    /// said to be 预算 and not 决算 is the comparison.
    /// </param>
    public static IReadOnlyList<NarrativeStatement> Read(ReconstructedDocument document, bool isFinal)
    {
        var statements = new List<NarrativeStatement>();
        foreach (var sentence in RunningText.Sentences(document.Text, document.TextPlaces))
            statements.AddRange(Read(sentence, isFinal, statements.Count));
        return statements;
    }

    public static IReadOnlyList<NarrativeStatement> Read(TextSentence sentence, bool isFinal, int firstIndex = 0)
    {
        var text = sentence.Text;
        var mentions = Mentions(text);
        if (mentions.Count == 0)
            return [];
        var figures = PrintedFigure.In(text);
        var statements = new List<NarrativeStatement>();
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Phrase.IsBarrier)
                continue;
            var limit = m + 1 < mentions.Count ? mentions[m + 1].Start : text.Length;
            if (FigureFor(text, mention.End, limit, figures, isFinal) is not { } figure)
                continue;
            var place = sentence.PlaceAt(figure.Start);
            statements.Add(new NarrativeStatement
            {
                Index = firstIndex + statements.Count,
                Subject = mention.Phrase.Subject!,
                Phrase = mention.Text,
                PrintedAmount = figure.Digits,
                PrintedUnit = figure.Unit,
                AmountWan = figure.AmountWan,
                Page = place?.Page,
                Line = place?.Line,
                Sentence = text,
            });
        }
        return statements;
    }

    /// <summary>
    /// Subject wordings and barriers left to right, the longest at each position, never overlapping; a sentence-wide
    /// total takes the fund the sentence named before it (<see cref="NarrativeLexicon.InFund"/>).
    /// </summary>
    public static IReadOnlyList<SubjectMention> Mentions(string text)
    {
        var mentions = new List<SubjectMention>();
        var fund = SentenceFund.None;
        var starts = new bool[text.Length];
        foreach (var start in NarrativeLexicon.AnyPhraseStart.EnumerateMatches(text))
            starts[start.Index] = true;
        var i = 0;
        while (i < text.Length)
        {
            if (!starts[i])
            {
                i++;
                continue;
            }
            SubjectMention? best = null;
            foreach (var phrase in NarrativeLexicon.Phrases)
            {
                var match = phrase.Pattern.Match(text, i);
                if (match.Success && match.Length > 0 && (best is null || match.Length > best.End - best.Start))
                    best = new SubjectMention(phrase, i, i + match.Length, match.Value);
            }
            if (best is null)
            {
                i++;
                continue;
            }
            if (best.Phrase.Generic && NarrativeLexicon.QualifiesGeneric(text[..i]))
                best = best with { Phrase = best.Phrase with { Subject = null } };
            else if (best.Phrase.Subject is { } subject)
                best = best with { Phrase = best.Phrase with { Subject = NarrativeLexicon.InFund(subject, fund) } };
            if (best.Phrase.Fund != SentenceFund.None)
                fund = best.Phrase.Fund;
            mentions.Add(best);
            i = best.End;
        }
        return mentions;
    }

    private static PrintedFigure? FigureFor(string text, int from, int limit, IReadOnlyList<PrintedFigure> figures, bool isFinal)
    {
        var cursor = from;
        var passedComparison = false;
        foreach (var figure in figures.Where(f => f.Start >= from && f.Start < limit))
        {
            var gap = Parenthetical().Replace(text[cursor..figure.Start], "");
            if (Comparison().IsMatch(gap) || (isFinal && gap.Contains("预算") && !gap.Contains("决算")))
            {
                cursor = figure.End;
                passedComparison = true;
                continue;
            }
            var stated = passedComparison ? ThisYearAfterComparison().IsMatch(gap) : Qualifiers().IsMatch(gap);
            return stated ? figure : null;
        }
        return null;
    }

    // What may stand between a subject and its figure: a year, the fund, budget or final, "数", "为".
    [GeneratedRegex(@"^[,:]?(?:20\d\d年度?)?(?:财政拨款|当年拨款)?(?:支出|收入)?(?:预算|决算)?(?:执行)?(?:数|总额|总数|金额|总计|合计)?(?:为|是|共|共计|合计|达)?[:]?$")]
    private static partial Regex Qualifiers();

    // After a compared figure, only this year's figure itself: ",支出决算为", ",决算数为", ",执行数为".
    [GeneratedRegex(@"^[,:]?(?:支出|收入)?(?:决算|执行|实际)(?:数|金额)?(?:为|是)?[:]?$")]
    private static partial Regex ThisYearAfterComparison();

    [GeneratedRegex(@"比|较|增加|减少|增长|下降|上年|上一年|同比|相比|年初预算|持平")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthetical();
}
