using Microsoft.ML.Data;

namespace ReportIngest.Classify.ML.Features;

/// <summary>
/// The model's input: one row per table. Text columns are featurised inside the model (title character
/// n-grams, header and row-label words); the numbers are read from the table by <see cref="TableFeatureExtractor"/>.
/// </summary>
public sealed class TableFeatureRow
{
    public string Label { get; set; } = "";
    /// <summary>
    /// The core of the title (<see cref="Classify.Signals.TitleCore"/>), "" when none. A part with neither title nor header
    /// that starts with amounts is a table continued from an earlier page: it is read under the title before it.
    /// </summary>
    public string Title { get; set; } = "";
    /// <summary>Header words separated by spaces.</summary>
    public string HeaderWords { get; set; } = "";
    /// <summary>Body row labels separated by spaces.</summary>
    public string RowLabels { get; set; } = "";

    [VectorType(TableFeatureExtractor.NumericCount)]
    public float[] Numeric { get; set; } = new float[TableFeatureExtractor.NumericCount];
}
