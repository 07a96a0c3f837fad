using System.Reflection;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>The title and header lists the synthetic tables are made from, embedded from Data/*.tsv.</summary>
public sealed record SyntheticSource(IReadOnlyList<TitleVariant> Titles, IReadOnlyList<HeaderTemplate> Templates)
{
    public static SyntheticSource Embedded { get; } = new(
        Lines("title-variants.tsv").Select(f => new TitleVariant(f[0], f[1], f[2])).ToList(),
        Lines("header-templates.tsv").Select(ToTemplate).ToList());

    /// <summary>The raw text of both files, for the dataset hash.</summary>
    public static string RawText => Read("title-variants.tsv") + "\n" + Read("header-templates.tsv");

    private static HeaderTemplate ToTemplate(string[] f)
    {
        var rows = f[2].Length == 0
            ? []
            : f[2].Split(" / ").Select(r => (IReadOnlyList<string>)r.Split('|')).ToList();
        var labels = f.Length > 3 && f[3].Length > 0 ? f[3].Split('|') : [];
        return new HeaderTemplate(f[0], f[1], rows, labels);
    }

    private static IEnumerable<string[]> Lines(string name) =>
        Read(name).Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));

    private static string Read(string name)
    {
        var resource = "ReportIngest.Classify.Training.Data." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
