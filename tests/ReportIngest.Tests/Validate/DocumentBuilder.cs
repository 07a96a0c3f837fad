using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Tests.Validate;

/// <summary>Builds a small normalised document, table by table, for the validate tests.</summary>
public sealed class DocumentBuilder
{
    private readonly List<TableMapping> _mappings = [];
    private readonly List<Fact> _facts = [];

    public TableBuilder Table(int index, string type, IReadOnlyList<string> columnMeasures)
    {
        _mappings.Add(new TableMapping(index, type, 1.0, columnMeasures, [], "万元", 1m));
        return new TableBuilder(index, columnMeasures, _facts);
    }

    public NormalisedDocument Build(string phase = "budget")
    {
        var classified = new ClassifiedDocument(new ReconstructedDocument("", "test", DocumentKind.Text, null, [], []), []);
        return new NormalisedDocument(classified, new DocumentMetadata(null, null, null, null, ReportPhases.Parse(phase)), _mappings, _facts, []);
    }
}
