namespace ReportIngest.Validate;

/// <summary>How many checks of one kind ran and how many passed.</summary>
public sealed record KindCount(string Kind, int Run, int Passed)
{
    public int Failed => Run - Passed;
}
