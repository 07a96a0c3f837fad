using ReportIngest.Benchmarks;

return args.Length == 0 ? Usage() : args[0] switch
{
    "grids" => GridsCommand.Run(args[1..]),
    "throughput" => ThroughputCommand.Run(args[1..]),
    "dump" => DumpCommand.Run(args[1..]),
    "lines" => LinesCommand.Run(args[1..]),
    "forms" => FormsCommand.Run(args[1..]),
    "profile" => ProfileCommand.Run(args[1..]),
    "page-analysis" => PageAnalysisCommand.Run(args[1..]),
    "ocr" => OcrCommand.Run(args[1..]),
    "ocr-pieces" => OcrCommand.Pieces(args[1..]),
    "ocr-throughput" => OcrCommand.Throughput(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          grids <pdf|dir>... --out DIR [--stitch]
                                           raw per-page grids as {"tables":[...]} JSON, one file per PDF stem;
                                           --stitch joins grids continued across pages (a scoring stand-in
                                           for the downstream merge)
          throughput <dir> [--in-flight N] [--parse-only]   pages/s and peak memory of the PDF extract stage
          dump <pdf> [page]                elements of a PDF (or one page) as text, for inspection
          lines <pdf> <page>               raw glyph lines of one page with positions
          forms <pdf> <page>               each unruled zone of a page as form blocks with rows, columns, spans
          profile <pdf>...                 time of each extract phase (parse, glyphs, rulings, tables, lines)
          page-analysis <pdf|dir>... [--passes N]
                                           bytes allocated and ms per page of our page analysis alone (one
                                           thread, pages parsed by PdfPig outside the measured region)
          ocr <pdf> <page>                 the pieces OCR read on one scanned page: box (pt), confidence, text
          ocr-pieces <pdf> <page>          the one-line pieces a scanned page is cut into, before OCR
          ocr-throughput <pdf> [--pages N] [--workers N]
                                           pages/s of OCR (render, rulings, Tesseract) over the first N pages
        """);
    return 2;
}
