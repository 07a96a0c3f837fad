namespace ReportIngest.Validate.Narrative;

/// <summary>
/// The table facts one narrative subject may restate. Where the wording is ambiguous (收入预算 is 收入总计 in one
/// template and 本年收入合计 in another) every reading is a target and the statement agrees when any does.
/// </summary>
/// <param name="Unambiguous">
/// The wording names exactly one table fact (“三公”经费, 本年收入合计): a figure that matches none of its targets is
/// an inconsistency of the printed report. Other subjects fail only on a factor of 10,000.
/// </param>
public sealed record NarrativeSubject(string Key, bool Unambiguous, IReadOnlyList<NarrativeTarget> Targets);
