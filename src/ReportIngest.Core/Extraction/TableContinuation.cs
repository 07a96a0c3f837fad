namespace ReportIngest.Core.Extraction;

/// <summary>
/// Decides whether a table goes on past a page break (or, in text input, past lines that separate two grids), and
/// says why. Extract.Pdf asks whether the columns go on, to give the second part the first part's columns;
/// Reconstruct asks whether the rows go on, to join the parts into one table. Both read the one decision, each the
/// verdict of the facts its stage sees: extract does not judge what the lines between say, reconstruct does.
/// </summary>
public static class TableContinuation
{
    /// <summary>More lines than this after the first part on its page (notes, a heading) mean its table ended there.</summary>
    public const int MaxLinesAfterFirstPart = 2;

    public static ContinuationDecision Decide(PageBreak pageBreak)
    {
        var reasons = new List<string>();
        var paged = pageBreak.PageBefore is not null && pageBreak.PageAfter is not null;
        var nextPage = paged && pageBreak.PageAfter == pageBreak.PageBefore + 1;
        if (paged) reasons.Add(nextPage ? "on the next page" : $"page {pageBreak.PageBefore} then page {pageBreak.PageAfter}");

        var unruled = IsUnruled(pageBreak.KindBefore) && IsUnruled(pageBreak.KindAfter);
        reasons.Add(unruled ? "both parts unruled" : "a ruled part");
        var fewLinesAfter = pageBreak.LinesAfterFirstPart <= MaxLinesAfterFirstPart;
        if (!fewLinesAfter) reasons.Add($"{pageBreak.LinesAfterFirstPart} lines after the first part");

        var lines = pageBreak.LinesBetween;
        var onlyFurniture = lines is not null && lines.All(l => l == BreakLine.Furniture);
        var noHeading = lines is not null && !lines.Contains(BreakLine.Heading);
        if (lines is not null) reasons.Add(onlyFurniture ? "only page furniture between" : noHeading ? "text between" : "a heading between");
        if (pageBreak.SecondPartHasTitle) reasons.Add("the second part has a title");
        var sameWidth = Math.Abs(pageBreak.WidthAfter - pageBreak.WidthBefore) <= 1;
        if (!sameWidth) reasons.Add($"{pageBreak.WidthBefore} columns then {pageBreak.WidthAfter}");

        // A PDF table goes on only onto the next page with nothing but page furniture between; text input has no
        // pages, and its page breaks leave furniture or context lines, never a new heading.
        var broken = !pageBreak.SecondPartHasTitle && (paged ? nextPage && onlyFurniture : noHeading);
        return new ContinuationDecision(reasons)
        {
            ColumnsContinue = nextPage && unruled && fewLinesAfter,
            BrokenOnlyByPage = broken && nextPage,
            RowsContinue = broken && sameWidth,
        };
    }

    private static bool IsUnruled(GridKind kind) => kind is GridKind.Stream or GridKind.Form;
}

/// <summary>The two parts of a possible continued table and what lies between them, as far as the asking stage sees.</summary>
/// <param name="PageBefore">The page the first part ends on (null for text input).</param>
/// <param name="PageAfter">The page the second part starts on (null for text input).</param>
public sealed record PageBreak(int? PageBefore, int? PageAfter, GridKind KindBefore, GridKind KindAfter)
{
    public int WidthBefore { get; init; }
    public int WidthAfter { get; init; }

    /// <summary>Text lines printed after the first part on its own page.</summary>
    public int LinesAfterFirstPart { get; init; }

    /// <summary>The lines between the two parts, each judged by what it says; null where the stage does not judge them (then the rows are not said to continue).</summary>
    public IReadOnlyList<BreakLine>? LinesBetween { get; init; }

    /// <summary>A title was found for the second part: it opens a table of its own.</summary>
    public bool SecondPartHasTitle { get; init; }
}

/// <summary>What a line between two parts of a table says.</summary>
public enum BreakLine
{
    /// <summary>Page furniture or context: a page number, a unit line, a form number, the compiling unit.</summary>
    Furniture,
    /// <summary>A heading: short, no sentence punctuation.</summary>
    Heading,
    /// <summary>Any other text: a note, a sentence.</summary>
    Text,
}

/// <summary>The verdicts on a <see cref="PageBreak"/> and the reasons found for them.</summary>
public sealed record ContinuationDecision(IReadOnlyList<string> Reasons)
{
    /// <summary>Both parts unruled, the second on the next page, at most a line or two after the first: the second part's columns are the first's.</summary>
    public bool ColumnsContinue { get; init; }

    /// <summary>No title for the second part, on the next page, nothing but page furniture between.</summary>
    public bool BrokenOnlyByPage { get; init; }

    /// <summary>The second part's rows belong to the first part's table.</summary>
    public bool RowsContinue { get; init; }

    public override string ToString() => string.Join("; ", Reasons);
}
