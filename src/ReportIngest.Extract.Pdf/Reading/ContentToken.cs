namespace ReportIngest.Extract.Pdf.Reading;

internal enum ContentTokenKind : byte
{
    End,
    Number,
    Name,
    String,
    ArrayStart,
    ArrayEnd,
    DictionaryStart,
    DictionaryEnd,
    Operator,
    Boolean,
    Null,
}

/// <summary>
/// A token of a content stream. A string's bytes (a literal's unescaped, a hex string's decoded) and a name's or an
/// operator's characters are a run of <see cref="ContentLexer.Text"/>; a number is its value.
/// </summary>
internal readonly record struct ContentToken(ContentTokenKind Kind, double Number = 0, int Start = 0, int Length = 0);
