using Microsoft.ML;
using Microsoft.ML.Transforms.Text;
using ReportIngest.Classify.ML.Features;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training;

/// <summary>The featurisation every trainer shares: text columns to n-gram vectors, all concatenated into "Features".</summary>
public static class FeaturePipeline
{
    public const string Features = "Features";

    public static readonly IReadOnlyList<string> Description =
    [
        "title: character 1-3-grams of the title's core words (numbering, years, unit, department name and 部门/单位 prefix removed); a part with neither title nor header takes the title before it",
        "header words: word unigrams + character 2-grams",
        "row labels: word unigrams (numbering removed)",
        "numeric: " + string.Join(", ", TableFeatureExtractor.NumericNames),
    ];

    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        var labels = ml.Data.LoadFromEnumerable(TableTypes.All.Select(l => new LabelValue { Label = l }));
        return ml.Transforms.Conversion.MapValueToKey("Label", keyData: labels)
            .Append(ml.Transforms.Text.FeaturizeText("TitleFeatures", Chars(3, withWords: false), nameof(TableFeatureRow.Title)))
            .Append(ml.Transforms.Text.FeaturizeText("HeaderFeatures", Chars(2, withWords: true), nameof(TableFeatureRow.HeaderWords)))
            .Append(ml.Transforms.Text.FeaturizeText("RowLabelFeatures", WordsOnly(), nameof(TableFeatureRow.RowLabels)))
            .Append(ml.Transforms.Concatenate(Features, "TitleFeatures", "HeaderFeatures", "RowLabelFeatures", nameof(TableFeatureRow.Numeric)));
    }

    private static TextFeaturizingEstimator.Options Chars(int length, bool withWords) => new()
    {
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = length, UseAllLengths = true },
        WordFeatureExtractor = withWords ? new WordBagEstimator.Options { NgramLength = 1 } : null,
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = true,
        KeepNumbers = true,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options WordsOnly() => new()
    {
        CharFeatureExtractor = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private sealed class LabelValue
    {
        public string Label { get; set; } = "";
    }
}
