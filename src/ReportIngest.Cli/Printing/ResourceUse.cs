using System.Diagnostics;

namespace ReportIngest.Cli.Printing;

/// <summary>
/// What a command cost the process: CPU time, bytes allocated, garbage collections and their pauses. Printed after a
/// batch so a benchmark (scripts/bench-throughput) reads allocations per page from the program itself.
/// </summary>
internal sealed record ResourceUse(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, long MethodsJitted, TimeSpan JitTime)
{
    public static ResourceUse Now()
    {
        using var process = Process.GetCurrentProcess();
        return new(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
    }

    public ResourceUse Since(ResourceUse start) =>
        new(Cpu - start.Cpu, AllocatedBytes - start.AllocatedBytes, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, GcPause - start.GcPause,
            MethodsJitted - start.MethodsJitted, JitTime - start.JitTime);

    /// <summary>e.g. "CPU 16.2 s, allocated 3,521 MB (2.20 MB per page), 412 collections (6 full), GC pauses 1.3 s".</summary>
    public string Describe(int pages)
    {
        var megabytes = AllocatedBytes / 1048576.0;
        var perPage = pages > 0 ? $" ({megabytes / pages:0.00} MB per page)" : "";
        return $"CPU {Cpu.TotalSeconds:0.0} s, allocated {megabytes:#,0} MB{perPage}, {Gen0} collections ({Gen2} full), GC pauses {GcPause.TotalSeconds:0.0} s, "
            + $"{MethodsJitted:#,0} methods compiled in {JitTime.TotalSeconds:0.0} s";
    }
}
