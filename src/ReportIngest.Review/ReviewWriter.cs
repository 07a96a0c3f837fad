using System.Collections.Concurrent;
using System.Diagnostics;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Tables;
using ReportIngest.Review.Building;
using ReportIngest.Review.Data;
using ReportIngest.Review.Model;
using ReportIngest.Review.Rendering;

namespace ReportIngest.Review;

/// <summary>
/// Writes the review of a batch as one self-contained folder: index.html (every document, sortable), a page per
/// document under documents/, page images under pages/, and the stylesheet and script beside them. Reads only what
/// the pipeline recorded: the database and the reconstruct artifacts beside it.
/// </summary>
public sealed class ReviewWriter(ReviewOptions options)
{
    private readonly TemplateSet templates = new();
    private readonly PageRenderer renderer = new(options.Dpi);

    /// <param name="requests">The documents to review; null for every document in the database.</param>
    public ReviewResult Write(string database, ArtifactStore artifacts, IReadOnlyList<ReviewRequest>? requests = null)
    {
        var clock = Stopwatch.StartNew();
        var problems = new ConcurrentQueue<string>();
        var work = new List<(DocumentRecords Records, string? Source)>();
        using (var db = new ReviewDatabase(database))
        {
            var wanted = requests ?? db.Documents().Select(d => new ReviewRequest(d.Sha256)).ToList();
            foreach (var request in wanted.DistinctBy(r => r.Sha256))
            {
                if (db.Document(request.Sha256) is not { } document)
                {
                    problems.Enqueue($"{request.SourcePath ?? request.Sha256[..16]}: not in the database (ingest it first)");
                    continue;
                }
                work.Add((db.Records(document), SourceFile.Locate(document, request.SourcePath, db)));
            }
        }
        var root = options.OutputDirectory;
        Directory.CreateDirectory(Path.Combine(root, "documents"));
        Directory.CreateDirectory(Path.Combine(root, "pages"));
        foreach (var (name, text) in TemplateSet.StaticFiles())
            File.WriteAllText(Path.Combine(root, name), text);

        var pageImages = 0;
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, item =>
        {
            var view = Document(item.Records, item.Source, artifacts, root);
            Interlocked.Add(ref pageImages, view.Tables.SelectMany(t => t.Figures).Select(f => f.Page).Distinct().Count());
            foreach (var note in view.Notes) problems.Enqueue($"{item.Records.Document.Source}: {note}");
            File.WriteAllText(Path.Combine(root, "documents", item.Records.Document.DocumentId + ".html"), templates.Document(view));
        });

        var batch = new BatchView(Path.GetFileName(database), DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"),
            work.Select(w => SummaryBuilder.Of(w.Records.Document)).ToList());
        var index = Path.Combine(root, "index.html");
        File.WriteAllText(index, templates.Index(batch));
        return new ReviewResult(index, work.Count, pageImages, clock.Elapsed, problems.ToList());
    }

    private DocumentView Document(DocumentRecords records, string? source, ArtifactStore artifacts, string root)
    {
        var document = records.Document;
        var notes = new List<string>();
        ReconstructedDocument? reconstructed = null;
        if (document.Status == "loaded")
        {
            try
            {
                reconstructed = artifacts.Load<ReconstructedDocument>(document.Sha256, Stages.Reconstruct);
            }
            catch (FileNotFoundException)
            {
            }
        }
        IReadOnlyDictionary<int, PageImage> images = new Dictionary<int, PageImage>();
        IReadOnlyList<string>? lines = null;
        if (reconstructed is not null && source is null)
            notes.Add($"the source file '{document.Source}' was not found (give its path to 'review'): {(document.Kind == "pdf" ? "no page images" : "no source lines")}");
        else if (reconstructed is not null && document.Kind == "pdf")
        {
            var (rendered, problem) = renderer.Render(source!, DocumentViewBuilder.PagesWithTables(reconstructed), Path.Combine(root, "pages"), document.DocumentId);
            images = rendered;
            if (problem is not null) notes.Add(problem);
        }
        else if (reconstructed is not null)
        {
            lines = SourceFile.Lines(source!);
        }
        return DocumentViewBuilder.Build(records, reconstructed, images, lines, notes);
    }
}
