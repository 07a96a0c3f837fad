namespace ReportIngest.Validate.Narrative;

/// <summary>How a narrative figure compares with one table amount.</summary>
public enum StatementVerdict
{
    Agrees,
    /// <summary>The table amount is 10,000 × the text's: the table was read in 万元 but is printed in 元.</summary>
    TableTenThousandTimes,
    /// <summary>The table amount is 1/10,000 of the text's: the table was read in 元 but is printed in 万元.</summary>
    TableTenThousandth,
    /// <summary>
    /// The text prints 元 after a figure whose digits are the table's 万元 amount: a misprint of the text's unit
    /// word (a table in 元 read as 万元 would be 10,000 × the text instead).
    /// </summary>
    TextUnitMisprint,
    Differs,
}
