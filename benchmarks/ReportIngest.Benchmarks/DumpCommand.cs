using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;

namespace ReportIngest.Benchmarks;

/// <summary>Prints a PDF's elements: text lines as they are, grids row by row with spans.</summary>
internal static class DumpCommand
{
    public static int Run(string[] args)
    {
        var page = args.Length > 1 ? int.Parse(args[1]) : (int?)null;
        var document = new PdfExtractor().Extract(PdfInputs.Source(args[0]), CancellationToken.None);
        foreach (var element in document.Elements.Where(e => page is null || e.Page == page))
        {
            switch (element)
            {
                case TextLine line:
                    Console.WriteLine($"p{line.Page} TEXT {line.Text}");
                    break;
                case Grid grid:
                    Console.WriteLine($"p{grid.Page} GRID {grid.Kind} {grid.RowCount}x{grid.ColCount}");
                    foreach (var row in grid.Cells.GroupBy(c => c.Row))
                        Console.WriteLine("   " + string.Join(" | ", row.Select(c =>
                            (c.RowSpan > 1 || c.ColSpan > 1 ? $"[{c.RowSpan}x{c.ColSpan}]" : "") + c.Text)));
                    break;
            }
        }
        return 0;
    }
}
