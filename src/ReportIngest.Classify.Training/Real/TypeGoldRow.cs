namespace ReportIngest.Classify.Training.Real;

/// <summary>A line of tests/gold/real/tables/&lt;report&gt;.csv: one table as a reader sees it, over its pages.</summary>
public sealed record TypeGoldRow(int FirstPage, int LastPage, string Title, string TableType, string Unit)
{
    public bool Covers(int page) => FirstPage <= page && page <= LastPage;
}
