using System.Globalization;
using ReportIngest.Core.Facts;

namespace ReportIngest.Tests.Validate;

/// <summary>Adds the lines of one table to a <see cref="DocumentBuilder"/>.</summary>
public sealed class TableBuilder(int index, IReadOnlyList<string> columns, List<Fact> facts)
{
    private int _row;

    /// <summary>A line with one amount per column, in column order; null is a blank cell.</summary>
    public TableBuilder Line(string classification, string code, string item, params decimal?[] amounts)
    {
        _row++;
        for (var i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] is { } amount)
                Fact(_row, classification, code, item, columns[i], amount);
        }
        return this;
    }

    public TableBuilder Total(string item, params decimal?[] amounts) => Line("", "", item, amounts);

    public TableBuilder Fact(int row, string classification, string code, string item, string measure, decimal amount)
    {
        _row = Math.Max(_row, row);
        facts.Add(new Fact
        {
            TableIndex = index,
            Row = row,
            Col = columns.ToList().IndexOf(measure) + 1,
            Classification = classification,
            Code = code,
            ItemName = item,
            Measure = measure,
            AmountWan = amount,
            PrintedText = amount.ToString(CultureInfo.InvariantCulture),
        });
        return this;
    }
}
