using System.Reflection;
using Scriban;
using Scriban.Runtime;

namespace ReportIngest.Review.Rendering;

/// <summary>
/// The review's Scriban templates and static files, embedded in this assembly (Templates/). Members are exposed to
/// templates in snake_case (TableView.FactCount → table.fact_count); templates escape every text with html.escape.
/// </summary>
internal sealed class TemplateSet
{
    private readonly Template index = Parse("index.sbn-html");
    private readonly Template document = Parse("document.sbn-html");

    public static IEnumerable<(string Name, string Text)> StaticFiles() => [("review.css", Resource("review.css")), ("review.js", Resource("review.js"))];

    public string Index(object model) => Render(index, model);

    public string Document(object model) => Render(document, model);

    private static string Render(Template template, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model);
        // A table of a few hundred rows iterates past Scriban's default guard of 1000 steps per loop.
        var context = new TemplateContext { LoopLimit = 0, StrictVariables = true };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Parse(string name)
    {
        var template = Template.Parse(Resource(name), name);
        if (template.HasErrors)
            throw new InvalidOperationException($"review template {name}: {string.Join("; ", template.Messages)}");
        return template;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ReportIngest.Review.Templates." + name)
            ?? throw new InvalidOperationException($"review template {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
