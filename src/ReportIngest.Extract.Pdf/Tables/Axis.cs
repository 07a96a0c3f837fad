namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>Small helpers for sorted coordinate lists (column or row boundaries).</summary>
internal static class Axis
{
    /// <summary>Clusters values closer than <paramref name="tolerance"/> and returns their means, ascending.</summary>
    public static List<double> Cluster(IEnumerable<double> values, double tolerance)
    {
        var sorted = values.OrderBy(v => v).ToList();
        var result = new List<double>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            double sum = sorted[i];
            while (j + 1 < sorted.Count && sorted[j + 1] - sorted[j] <= tolerance) sum += sorted[++j];
            result.Add(sum / (j - i + 1));
            i = j + 1;
        }
        return result;
    }

    /// <summary>Index of the interval [bounds[k], bounds[k+1]) that holds v, clamped to the valid range.</summary>
    public static int Interval(List<double> bounds, double v)
    {
        var index = bounds.BinarySearch(v);
        if (index < 0) index = ~index;
        return Math.Clamp(index - 1, 0, bounds.Count - 2);
    }

    /// <summary>Index of the bound nearest to v when within tolerance, else -1.</summary>
    public static int Nearest(List<double> bounds, double v, double tolerance)
    {
        var index = bounds.BinarySearch(v);
        if (index >= 0) return index;
        index = ~index;
        int best = -1;
        double bestDistance = tolerance;
        for (var k = Math.Max(0, index - 1); k <= Math.Min(bounds.Count - 1, index); k++)
        {
            var d = Math.Abs(bounds[k] - v);
            if (d <= bestDistance) { best = k; bestDistance = d; }
        }
        return best;
    }
}
