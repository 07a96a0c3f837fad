using System.CommandLine;
using ReportIngest.Pipeline;
using ReportIngest.Review;

namespace ReportIngest.Cli.Commands;

/// <summary><c>review [DOCUMENT...] [--out DIR] [--db PATH]</c>: a static HTML review of ingested documents.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = "Report files or folders (as given to ingest), sha256 prefixes or document_ids; none for every document in the database",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = DatabaseOption.Create("SQLite database the documents were ingested into (artifacts live beside it)");
        var output = new Option<string?>("--out") { Description = "Folder to write the review into (default: review/ beside the database)" };
        var dpi = new Option<int>("--dpi") { Description = "Resolution of the page images", DefaultValueFactory = _ => new ReviewOptions("").Dpi };
        var command = new Command("review", "Write a self-contained HTML review: every document with its tables drawn on the page, mapped columns and failed checks.");
        command.Arguments.Add(documents);
        command.Options.Add(db);
        command.Options.Add(output);
        command.Options.Add(dpi);
        command.SetAction((parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            try
            {
                var requests = Requests(parse.GetValue(documents) ?? [], database);
                var folder = parse.GetValue(output) ?? DefaultFolder(database);
                var writer = new ReviewWriter(new ReviewOptions(folder) { Dpi = Math.Clamp(parse.GetValue(dpi), 36, 300) });
                var result = writer.Write(database, PipelineInfo.ArtifactsFor(database), requests);
                foreach (var problem in result.Problems) Console.Error.WriteLine("review: " + problem);
                Console.Error.WriteLine($"review: {result.Documents} documents, {result.PageImages} page images in {result.Elapsed.TotalSeconds:0.0} s");
                Console.WriteLine(Path.GetFullPath(result.IndexPath));
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException or ReportIngest.Core.Documents.DocumentFailure)
            {
                Console.Error.WriteLine("review: " + e.Message);
                return Task.FromResult(1);
            }
        });
        return command;
    }

    /// <summary>Where <c>ingest</c> tells the user the review of its batch can be written.</summary>
    public static string Hint(IEnumerable<string> inputs, string database) =>
        string.Join(' ', inputs.Select(Quote).Prepend("reportingest review").Append("--db").Append(Quote(database))) +
        $"  (writes {Path.Combine(DefaultFolder(database), "index.html")})";

    private static string DefaultFolder(string database) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "review");

    private static List<ReviewRequest>? Requests(string[] names, string database)
    {
        if (names.Length == 0) return null;
        var requests = new List<ReviewRequest>();
        foreach (var name in names)
        {
            if (Directory.Exists(name))
                requests.AddRange(SourceFiles.Expand([name]).Files.Select(f => new ReviewRequest(SourceFiles.Open(f).Sha256, f)));
            else if (File.Exists(name))
                requests.Add(new ReviewRequest(SourceFiles.Open(name).Sha256, name));
            else
                requests.Add(new ReviewRequest(DocumentLocator.Find(name, database).Sha256));
        }
        return requests;
    }

    private static string Quote(string s) => s.Length > 0 && s.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? s : $"'{s.Replace("'", "'\\''")}'";
}
