using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using ReportIngest.Classify.ML.Features;

namespace ReportIngest.Classify.Training;

/// <summary>
/// The trainers compared. Settings are the library defaults except one thread each, so results do not depend
/// on the machine's scheduling, SDCA's passes capped at 30 (its automatic stopping took minutes a fit on the n-gram
/// vectors on a shared 2-core machine), and FastTree's leaf minimum, lowered because several labels have few examples.
/// FastTree bins every feature for each of its one-versus-all models: on the n-gram slots that took many minutes a
/// fit, so it sees the dense features only (the rules' verdicts carry what the title and header words say).
/// </summary>
public static class TrainerCatalog
{
    private const int SdcaIterations = 30;

    public static IReadOnlyList<TrainerChoice> All { get; } =
    [
        new("sdca-maxent", "SdcaMaximumEntropy (linear, SDCA)", ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = SdcaIterations })),
        new("lbfgs-maxent", "LbfgsMaximumEntropy (linear, L-BFGS)", ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })),
        new("fasttree-ova", "OneVersusAll(FastTree binary, 20 trees × 8 leaves) on the dense features: shape, codes, position, phase and the keyword rules' one-hot verdicts",
            ml => ml.MulticlassClassification.Trainers.OneVersusAll(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                FeatureColumnName = nameof(TableFeatureRow.Numeric),
                NumberOfTrees = 20,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 2,
                NumberOfThreads = 1,
            }))),
    ];
}
