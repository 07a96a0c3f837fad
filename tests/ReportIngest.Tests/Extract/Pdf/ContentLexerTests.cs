using System.Text;
using ReportIngest.Extract.Pdf.Reading;

namespace ReportIngest.Tests.Extract.Pdf;

public class ContentLexerTests
{
    [Fact]
    public void Numbers_strings_names_and_operators_are_read_as_a_content_stream_spells_them()
    {
        var tokens = Read("BT /F1 12 Tf -.5 3. +7 12.345 0.1 1e3 (a\\(b\\)c\\\\d\\101\\\r\ne) <4e6F7> [(x) -250 (y)] TJ % comment\nET");

        Assert.Equal(["Operator BT", "Name F1", "Number 12", "Operator Tf", "Number -0.5", "Number 3", "Number 7", "Number 12.345", "Number 0.1",
            "Number 1000", "String a(b)c\\dAe", "String 4E-6F-70", "ArrayStart", "String x", "Number -250", "String y", "ArrayEnd", "Operator TJ", "Operator ET"], tokens);
    }

    [Fact]
    public void A_literal_string_keeps_its_line_ends_and_unbalanced_recovery_ends_it_before_a_name()
    {
        Assert.Equal(["String a\r\nb", "Operator Tj"], Read("(a\r\nb) Tj"));
        // An unescaped ')' followed by CR and '/' ends the string although a '(' is still open (PdfPig's recovery).
        Assert.Equal(["String a(b)", "Name F1"], Read("(a(b)\r/F1"));
    }

    [Theory]
    [InlineData("/A#20B")]
    [InlineData("(\u00fe\u00ffx)")]
    [InlineData("1.2.3")]
    [InlineData("{")]
    public void Content_read_differently_by_PdfPig_is_left_to_it(string content) =>
        Assert.Throws<UnsupportedContentException>(() => Read(content));

    private static List<string> Read(string content)
    {
        var lexer = new ContentLexer();
        lexer.Reset(new ArraySegment<byte>(Encoding.Latin1.GetBytes(content)));
        var tokens = new List<string>();
        for (var token = lexer.Next(); token.Kind != ContentTokenKind.End; token = lexer.Next())
        {
            var text = lexer.Text.Slice(token.Start, token.Length);
            tokens.Add(token.Kind switch
            {
                ContentTokenKind.Number => $"Number {token.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                ContentTokenKind.String when text.ToArray().Any(b => b < 32 && b != '\r' && b != '\n' || b > 126) => $"String {BitConverter.ToString(text.ToArray())}",
                ContentTokenKind.String when text.Length > 0 && text[0] == 0x4E => $"String {BitConverter.ToString(text.ToArray())}",
                ContentTokenKind.String or ContentTokenKind.Name or ContentTokenKind.Operator => $"{token.Kind} {Encoding.Latin1.GetString(text)}",
                _ => token.Kind.ToString(),
            });
        }
        return tokens;
    }
}
