using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using ReportIngest.Classify.ML.Features;

namespace ReportIngest.Classify.Training;

/// <summary>
/// The trainers compared. Settings are the library defaults except one thread each, so results do not depend
/// on the machine's scheduling, SDCA's passes capped (its automatic stopping took minutes a fit on the n-gram vectors
/// without changing a held-out label), and FastTree's leaf minimum, lowered because several labels have few examples.
/// FastTree bins every feature for each of its 18 one-versus-all models: on all n-gram slots that took minutes, so
/// it sees only the most informative ones.
/// </summary>
public static class TrainerCatalog
{
    private const int FastTreeFeatures = 150;
    private const int SdcaIterations = 30;

    public static IReadOnlyList<TrainerChoice> All { get; } =
    [
        new("sdca-maxent", "SdcaMaximumEntropy (linear, SDCA)", ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = SdcaIterations })),
        new("lbfgs-maxent", "LbfgsMaximumEntropy (linear, L-BFGS)", ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })),
        new("fasttree-ova", "OneVersusAll(FastTree binary, 20 trees × 8 leaves) on the 150 features with most mutual information",
            ml => ml.Transforms.FeatureSelection.SelectFeaturesBasedOnMutualInformation(FeaturePipeline.Features, slotsInOutput: FastTreeFeatures)
                .Append(ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                {
                    NumberOfTrees = 20,
                    NumberOfLeaves = 8,
                    MinimumExampleCountPerLeaf = 2,
                    NumberOfThreads = 1,
                })))),
    ];
}
