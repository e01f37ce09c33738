using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace EmulationPortal.Benchmarks;

/// <summary>
/// One launch, two warm-up and seven measured iterations, run in this process: on the shared two-core machine
/// BenchmarkDotNet's separate build of a benchmark project timed out, and each operation here takes milliseconds to
/// seconds, far above what in-process measurement distorts.
/// </summary>
public sealed class InProcessShortJob : ManualConfig
{
    public InProcessShortJob()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7).WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}

/// <summary>The same, one invocation per iteration, for benchmarks whose iteration setup resets what they write.</summary>
public sealed class InProcessSingleInvocationJob : ManualConfig
{
    public InProcessSingleInvocationJob()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7).WithInvocationCount(1).WithUnrollFactor(1).WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.Median);
    }
}
