namespace ReportIngest.Core.Text;

/// <summary>
/// An amount as a report prints it, read exactly: its value, the text it was read from and how it was printed.
/// The properties name the differences some readers rely on (a bare integer may be a code or a row number).
/// </summary>
public readonly record struct PrintedAmount(decimal Value, string Printed, bool IsNegative, bool IsParenthesised, bool HasSeparatorOrDecimals)
{
    /// <summary>Digits only (208, 322001): a code or a row number unless the column is known to hold amounts.</summary>
    public bool IsBareInteger => !HasSeparatorOrDecimals && !IsNegative && !IsParenthesised;
}
