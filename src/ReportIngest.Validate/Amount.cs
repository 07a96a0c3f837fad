using ReportIngest.Core.Facts;

namespace ReportIngest.Validate;

/// <summary>A value read from or summed over facts: how many printed figures it took and which cells they are.</summary>
public sealed record Amount(decimal Value, int Parts, IReadOnlyList<string> Cells)
{
    public static readonly Amount None = new(0m, 0, []);

    public static Amount Of(Fact fact) => new(fact.AmountWan, 1, [CellOf(fact)]);

    public static Amount Sum(IEnumerable<Amount> amounts)
    {
        var list = amounts.ToList();
        return new Amount(list.Sum(a => a.Value), list.Sum(a => a.Parts), list.SelectMany(a => a.Cells).ToList());
    }

    public static Amount Sum(IEnumerable<Fact> facts) => Sum(facts.Select(Of));

    public static Amount operator +(Amount left, Amount right) => Sum([left, right]);

    /// <summary>The same amount with its cells named as another table's ("t5:r3c2"), for cross-table results.</summary>
    public Amount InTable(int tableIndex) => this with { Cells = Cells.Select(c => $"t{tableIndex}:{c}").ToList() };

    public static string CellOf(Fact fact) => $"r{fact.Row}c{fact.Col}";
}
