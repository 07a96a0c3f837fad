using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Tables;
using ReportIngest.Extract.Pdf.Tables.Forms;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportIngest.Benchmarks;

/// <summary>Prints each unruled zone of one page as form blocks with their rows, columns and spans, to tune the form builder.</summary>
internal static class FormsCommand
{
    public static int Run(string[] args)
    {
        using var pdf = PdfDocument.Open(args[0]);
        var page = pdf.GetPage(int.Parse(args[1]));
        var frame = GlyphReader.FrameOf(page);
        var lines = LineBuilder.Build(GlyphReader.Read(page.Letters, frame).Where(g => !g.Sideways));
        foreach (var zone in StreamZoneFinder.Find(lines))
        {
            var blocks = FormBlockBuilder.Build(zone);
            var rowBounds = FormRowFinder.Assign(blocks, out var floating);
            var columns = FormColumns.Find(blocks, rowBounds.Count - 1);
            FormSpanFitter.Fit(blocks, columns, rowBounds.Count - 1);
            FormRowSpanner.Extend(blocks, rowBounds, columns.Count);
            Console.WriteLine($"zone: {zone.Lines.Count} lines, {rowBounds.Count - 1} rows, {floating.Count} floating, form: {FormTableBuilder.TryBuild(zone) is not null}");
            Console.WriteLine("  rows   " + string.Join(" ", rowBounds.Select(x => x.ToString("F1"))));
            Console.WriteLine("  cols   " + string.Join(" ", columns.Bounds.Select(x => x.ToString("F1"))));
            Console.WriteLine("  starts " + string.Join(" ", columns.TextStarts.Select(x => x.ToString("F1"))));
            foreach (var block in blocks.OrderBy(b => b.Row).ThenBy(b => b.Col))
                Console.WriteLine($"  {(floating.Contains(block) ? "~" : " ")} {block}");
        }
        return 0;
    }
}
