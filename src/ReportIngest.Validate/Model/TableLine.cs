using ReportIngest.Core.Facts;

namespace ReportIngest.Validate.Model;

/// <summary>
/// One printed line of a table: the facts sharing a row, code and item name. In two-sided tables the income and
/// the expenditure label of a physical row are two lines.
/// </summary>
public sealed class TableLine
{
    private readonly Dictionary<string, Fact> _byMeasure;

    public TableLine(IReadOnlyList<Fact> facts)
    {
        if (facts.Count == 0)
            throw new ArgumentException("A line needs at least one fact.", nameof(facts));
        Facts = facts;
        _byMeasure = [];
        foreach (var fact in facts)
            _byMeasure.TryAdd(fact.Measure, fact);
    }

    public IReadOnlyList<Fact> Facts { get; }
    public int Row => Facts[0].Row;
    public string Classification => Facts[0].Classification;
    public string Code => Facts[0].Code;
    public string ItemName => Facts[0].ItemName;
    public bool IsCoded => Code.Length > 0;
    public IEnumerable<string> Measures => _byMeasure.Keys;

    /// <summary>The item name without the spaces that layouts put between characters (合 计).</summary>
    public string CompactName => string.Concat(ItemName.Where(c => !char.IsWhiteSpace(c)));

    public Fact? this[string measure] => _byMeasure.GetValueOrDefault(measure);

    public Amount? AmountOf(string measure) => this[measure] is { } fact ? Amount.Of(fact) : null;

    public bool Has(string measure) => _byMeasure.ContainsKey(measure);

    public override string ToString() => (IsCoded, ItemName.Length) switch
    {
        (true, _) => $"{Code} {ItemName}",
        (false, 0) => $"row {Row}",
        _ => ItemName,
    };
}
