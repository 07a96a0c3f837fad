namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>One sum a table prints: <see cref="Total"/> equals the sum of <see cref="Parts"/> (blank parts count 0).</summary>
internal sealed record SumRelation(SheetCell Total, IReadOnlyList<SheetCell> Parts, string Kind)
{
    /// <summary>Half a cent of a 万元 amount: printed figures have two decimals.</summary>
    public const decimal Tolerance = 0.005m;

    public bool Holds => Total.Amount is { } total && Math.Abs(total - Parts.Sum(p => p.Amount ?? 0)) <= Tolerance;

    public IEnumerable<SheetCell> Cells => Parts.Prepend(Total);

    public string Describe() =>
        $"{Kind}: {Total.Text} ({Total.Where}) ≠ {(Parts.Count == 0 ? "0" : string.Join(" + ", Parts.Select(p => $"{p.Text} ({p.Where})")))}";
}
