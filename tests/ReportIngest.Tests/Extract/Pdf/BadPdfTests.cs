using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Extract.Pdf;

public class BadPdfTests
{
    private static DocumentFailure Fails(string path)
    {
        var failure = Assert.Throws<DocumentFailure>(() => PdfExtraction.Of(path));
        Assert.Equal("extract", failure.Stage);
        return failure;
    }

    [Fact]
    public void Scanned_pdf_fails_with_its_reason_when_no_ocr_reader_is_given()
    {
        Assert.Equal("no text layer (scanned) and OCR is off", Fails(Path.Combine(RepoPaths.Fixtures, "002-scanned.pdf")).Reason);
    }

    [Fact]
    public void Pdf_with_a_user_password_is_reported_as_encrypted()
    {
        Assert.Equal("encrypted PDF (password required)", Fails(Path.Combine(RepoPaths.Fixtures, "encrypted-password.pdf")).Reason);
    }

    [Fact]
    public void Pdf_encrypted_with_an_empty_user_password_is_read()
    {
        var document = PdfExtraction.Of(Path.Combine(RepoPaths.Fixtures, "encrypted-empty-password.pdf"));

        var grid = document.Elements.OfType<Grid>().Single();
        Assert.Contains(grid.Cells, c => c.Text == "一、一般公共预算拨款收入");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.01)]
    public void Truncated_pdf_fails_with_a_clear_reason(double share)
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(RepoPaths.CorpusFile("000.pdf"));
        var path = temp.File("truncated.pdf");
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * share)]);

        Assert.StartsWith("corrupt or truncated PDF", Fails(path).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PdfExtraction.Of(RepoPaths.CorpusFile("000.pdf"), cancelled.Token));
    }

    [Fact]
    public void Whole_document_keeps_pages_in_order()
    {
        var document = PdfExtraction.Of(RepoPaths.CorpusFile("002.pdf"));

        Assert.Equal(30, document.PageCount);
        Assert.Equal(DocumentKind.Pdf, document.Kind);
        var pages = document.Elements.Select(e => e.Page!.Value).ToList();
        Assert.Equal(pages.Order(), pages);
        Assert.Contains(document.Elements, e => e is Grid { Kind: GridKind.Lattice });
    }
}
