using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PlanSdk.Benchmarks.Build;

namespace PlanSdk.Benchmarks;

/// <summary>
/// <c>dotnet build</c> (after restore, project references already built) of a project holding
/// 1,000 synthetic plans (seed 42), against the same project with no plans. Each iteration deletes
/// the project's compiled assembly first, so that every build compiles it and runs the generator;
/// the build runs without build servers (no warm compiler server): what a CI build pays. Each
/// build takes minutes, so three iterations, no warm-up (the setup's build warms the disk cache).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3, id: "Build")]
public class BuildBenchmarks
{
    private BuildProject _project = null!;

    [GlobalSetup(Target = nameof(NoPlans))]
    public void SetupNoPlans() => _project = BuildProject.Prepare(0);

    [GlobalSetup(Target = nameof(Plans1000))]
    public void SetupPlans1000() => _project = BuildProject.Prepare(1000);

    [IterationSetup]
    public void ForceCompile() => _project.ForceCompile();

    [Benchmark(Baseline = true, Description = "dotnet build, no plans")]
    public void NoPlans() => _project.Build();

    [Benchmark(Description = "dotnet build, 1,000 synthetic plans")]
    public void Plans1000() => _project.Build();
}
