using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace ReportIngest.Classify.ML.Training;

/// <summary>
/// The trainers compared. Settings are the library defaults except one thread each, so results do not depend
/// on the machine's scheduling, and FastTree's leaf minimum, lowered because several labels have few examples.
/// </summary>
public static class TrainerCatalog
{
    public static IReadOnlyList<TrainerChoice> All { get; } =
    [
        new("sdca-maxent", "SdcaMaximumEntropy (linear, SDCA)", ml => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })),
        new("lbfgs-maxent", "LbfgsMaximumEntropy (linear, L-BFGS)", ml => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 })),
        new("fasttree-ova", "OneVersusAll(FastTree binary, 50 trees × 8 leaves)", ml => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfTrees = 50,
                NumberOfLeaves = 8,
                MinimumExampleCountPerLeaf = 2,
                NumberOfThreads = 1,
            }))),
    ];
}
