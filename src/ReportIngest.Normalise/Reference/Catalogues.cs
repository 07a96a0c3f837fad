namespace ReportIngest.Normalise.Reference;

/// <summary>The national catalogues the pipeline reads codes and names from (see Reference/README.md for sources).</summary>
public sealed class Catalogues
{
    public static Catalogues Default { get; } = new();

    private Catalogues()
    {
        Function = new ClassificationCatalogue("function", CsvCatalogueReader.Read("function_classification.csv"),
            CsvCatalogueReader.Read("function_classification_former_names.csv"));
        Economic = new ClassificationCatalogue("economic",
            CsvCatalogueReader.Read("economic_classification.csv")
                .Concat(CsvCatalogueReader.Read("economic_classification_local_subitems.csv")));
        // 政府预算支出经济分类 (5xx) shares names with the departmental one (住房公积金, 工资福利支出): keep it apart so a
        // name resolves to the departmental code that department reports print.
        GovernmentEconomic = new ClassificationCatalogue("economic", CsvCatalogueReader.Read("gov_economic_classification.csv"));
        Divisions = new AdminDivisions(
            CsvCatalogueReader.Read("admin_divisions.csv"),
            CsvCatalogueReader.Read("admin_divisions_extra.csv"));
    }

    public ClassificationCatalogue Function { get; }
    public ClassificationCatalogue Economic { get; }
    public ClassificationCatalogue GovernmentEconomic { get; }
    public AdminDivisions Divisions { get; }

    /// <summary>The catalogue a code belongs to by its first digit: 2xx function, 3xx/5xx economic.</summary>
    public ClassificationCatalogue? ForCode(string code) => code.Length switch
    {
        >= 3 when code[0] == '2' => Function,
        >= 3 when code[0] == '3' => Economic,
        >= 3 when code[0] == '5' => GovernmentEconomic,
        _ => null,
    };
}
