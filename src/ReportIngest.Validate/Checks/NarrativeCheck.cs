using System.Globalization;
using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;
using ReportIngest.Validate.Narrative;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// Each key figure the running text states against the table facts it restates (<see cref="NarrativeTargets"/>).
/// It agrees when any target equals it to the precision it is printed to. A target off by a factor of 10,000 fails
/// and names the unit: a uniform scale error passes every sum, and only the text can show it. Other differences
/// fail only for unambiguous wording; a statement whose target tables are absent is not checked.
/// </summary>
public sealed class NarrativeCheck : ICheck
{
    private const decimal Factor = 10_000m;

    public string Kind => CheckKinds.Narrative;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        foreach (var statement in document.Statements)
        {
            if (!NarrativeTargets.BySubject.TryGetValue(statement.Subject, out var subject))
                continue;
            var candidates = Candidates(document, subject).ToList();
            if (candidates.Count == 0)
                continue;
            var judged = candidates.Select(c => (c.Target, c.Table, c.Amount, Verdict: Judge(statement, c.Amount.Value))).ToList();
            var agreeing = judged.FirstOrDefault(c => c.Verdict == StatementVerdict.Agrees);
            if (agreeing.Amount is not null)
            {
                yield return Result(statement, agreeing.Table, agreeing.Target, agreeing.Amount, true, "");
                continue;
            }
            var misprint = judged.FirstOrDefault(c => c.Verdict == StatementVerdict.TextUnitMisprint);
            if (misprint.Amount is not null)
            {
                yield return Result(statement, misprint.Table, misprint.Target, misprint.Amount, true,
                    "; warning: the text prints 元 after a figure in 万元 (a misprint of the text, the table agrees)") with { Warning = true };
                continue;
            }
            var scaled = judged.FirstOrDefault(c => c.Verdict is StatementVerdict.TableTenThousandTimes or StatementVerdict.TableTenThousandth);
            if (scaled.Amount is not null)
            {
                yield return Result(statement, scaled.Table, scaled.Target, scaled.Amount, false, UnitMessage(scaled.Verdict));
                continue;
            }
            if (subject.Unambiguous)
            {
                var first = judged[0];
                yield return Result(statement, first.Table, first.Target, first.Amount, false,
                    "; the text and the table differ");
            }
        }
    }

    /// <summary>
    /// Compares in the text's own unit, to the digits it prints (and never finer than the tables' 0.01 万元). A factor
    /// of 10,000 is only recognised when the figure is printed to within 1% (0.3万元 against 2,961.68 is no scale).
    /// </summary>
    public static StatementVerdict Judge(NarrativeStatement statement, decimal tableWan)
    {
        var halfDigit = 0.5m / Pow10(statement.Decimals);
        var tolerance = Math.Max(Tolerance.Minimum, halfDigit * WanPerPrintedUnit(statement.PrintedUnit));
        var text = statement.AmountWan;
        if (Math.Abs(tableWan - text) <= tolerance)
            return StatementVerdict.Agrees;
        if (statement.PrintedUnit == "元" && Math.Abs(tableWan - text * Factor) <= Math.Max(Tolerance.Minimum, halfDigit))
            return StatementVerdict.TextUnitMisprint;
        var precise = text != 0 && tolerance <= Math.Abs(text) / 100m;
        if (precise && Math.Abs(tableWan - text * Factor) <= tolerance * Factor)
            return StatementVerdict.TableTenThousandTimes;
        if (precise && Math.Abs(tableWan * Factor - text) <= tolerance)
            return StatementVerdict.TableTenThousandth;
        return StatementVerdict.Differs;
    }

    private static IEnumerable<(NarrativeTarget Target, TableView Table, Amount Amount)> Candidates(
        DocumentView document, NarrativeSubject subject) =>
        from target in subject.Targets
        from table in document.Tables.Where(t => t.Type == target.TableType)
        from amount in target.Amounts(table).OfType<Amount>()
        select (target, table, amount);

    private static string UnitMessage(StatementVerdict verdict) => verdict == StatementVerdict.TableTenThousandTimes
        ? "; the tables read in 万元 are 10,000 × the text: the table's unit is probably 元"
        : "; the tables read in 元 are 1/10,000 of the text: the table's unit is probably 万元";

    private CheckResult Result(
        NarrativeStatement statement, TableView table, NarrativeTarget target, Amount amount, bool passed, string finding)
    {
        var where = statement.Page is { } page ? $"page {page}" : statement.Line is { } line ? $"line {line}" : "text";
        return new CheckResult
        {
            Kind = Kind,
            TableIndex = table.Index,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"statement {statement.Index} ({where}) '{statement.Phrase}{statement.PrintedAmount}{statement.PrintedUnit}' = table {table.Index} {target.Description}{finding}"),
            Expected = statement.AmountWan,
            Actual = amount.Value,
            Passed = passed,
            Cells = amount.Cells,
        };
    }

    private static decimal WanPerPrintedUnit(string unit) => unit switch
    {
        "元" => 1m / Factor,
        "亿元" => Factor,
        _ => 1m,
    };

    private static decimal Pow10(int digits)
    {
        var value = 1m;
        for (var i = 0; i < digits; i++)
            value *= 10m;
        return value;
    }
}
