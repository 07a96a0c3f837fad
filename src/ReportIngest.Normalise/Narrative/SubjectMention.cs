namespace ReportIngest.Normalise.Narrative;

/// <summary>Where a subject's wording (or a barrier) was found in a sentence.</summary>
public sealed record SubjectMention(SubjectPhrase Phrase, int Start, int End, string Text);
