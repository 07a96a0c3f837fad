using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Rows;

/// <summary>One line of a table (or of one side of a two-sided table) as read: its label, code and amount cells.</summary>
internal sealed class RowItem(int row, int? page, int? line)
{
    public int Row { get; } = row;
    public int? Page { get; } = page;
    public int? Line { get; } = line;
    public string PrintedCode { get; set; } = "";
    /// <summary>The digits printed in the code columns, as printed ("7 11 02"), whether or not they form a code.</summary>
    public string PrintedCodeDigits { get; set; } = "";
    public string PrintedName { get; set; } = "";
    public string Code { get; set; } = "";
    public string Classification { get; set; } = "";
    public string ItemName { get; set; } = "";
    /// <summary>Amount cell text per amount column of the side, in column order ("" where blank).</summary>
    public string[] AmountTexts { get; set; } = [];
    public bool HasAmounts => AmountTexts.Any(t => CellText.TryReadValue(t, out _));
    public bool HasLabel => PrintedCode.Length > 0 || PrintedName.Length > 0;
}
