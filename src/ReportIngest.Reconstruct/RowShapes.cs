using ReportIngest.Core.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Reconstruct;

/// <summary>What a row of a grid looks like: header, column-number row, or body.</summary>
public static partial class RowShapes
{
    /// <summary>An amount as printed: 1,112.49, 1, 112. 49 (OCR spacing), -12.5, 0.00.</summary>
    public static bool IsAmount(string cell) => CellText.TryReadAmount(cell, out var amount) && amount.HasSeparatorOrDecimals;

    public static bool IsClassificationCode(string cell) => CellText.ReadCode(cell) is { Family: not CodeFamily.Other };

    /// <summary>The "栏次 1 2 3…" row under a header, or a row of column numbers only.</summary>
    public static bool IsColumnNumbering(IReadOnlyList<string> row)
    {
        var cells = row.Select(TextPatterns.Squash).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0) return false;
        if (cells.Contains("栏次")) return true;
        if (cells.Count < 2 || !cells.All(c => SmallInt().IsMatch(c))) return false;
        var numbers = cells.Select(int.Parse).ToList();
        return numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First);
    }

    public static bool IsTotalLabel(string cell) => TotalLabel().IsMatch(TextPatterns.Squash(cell));

    /// <summary>A body row: carries an amount, starts with a classification code, or is a 合计 line.</summary>
    public static bool IsBody(IReadOnlyList<string> row)
    {
        if (IsColumnNumbering(row)) return false;
        var first = row.Select(TextPatterns.Squash).FirstOrDefault(c => c.Length > 0) ?? "";
        // A 合计 that opens a header group (合计 | 因公出国… under 当年财政拨款安排) has no amounts beside it.
        var totalLine = IsTotalLabel(first) && (row.Any(IsNumber) || row.Count(c => c.Trim().Length > 0) == 1);
        return row.Any(IsAmount) || IsClassificationCode(first) || totalLine || IsWholeNumberLine(row);
    }

    // Amounts printed without separators or decimals (25 | 0 | 25 | 443): after an optional label, nothing but numbers,
    // two at least. Header rows never look like that (a column-numbering row is told apart before).
    private static bool IsWholeNumberLine(IReadOnlyList<string> row)
    {
        var cells = row.Select(TextPatterns.Squash).Where(c => c.Length > 0).ToList();
        var numbers = cells.Skip(cells.Count > 0 && !IsNumber(cells[0]) ? 1 : 0).ToList();
        return numbers.Count >= 2 && numbers.All(IsNumber) && !numbers.All(n => Year().IsMatch(n));
    }

    private static bool IsNumber(string cell) => CellText.IsAmount(cell);

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SmallInt();

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计)$")]
    private static partial Regex TotalLabel();
}
