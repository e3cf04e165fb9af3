using PlanSdk.Robustness.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PlanSdk.Robustness.Tests;

/// <summary>Whatever the text, the engine returns a consistent model: property-based, over mutated reference plans.</summary>
public sealed class EnginePropertyTests
{
    private const int Inputs = 10_000;
    private readonly ITestOutputHelper _output;

    public EnginePropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MutatedPlans_Extract_ReturnsConsistentModelAndNamesEveryTarget()
    {
        var run = new PropertyRun<PlanInput>(
            "engine",
            stream: 1,
            PlanInput.Gen,
            cases =>
            {
                foreach (var (index, input) in cases)
                {
                    if (Checks.Engine(input.Id(index), input.Text()) is { } failure)
                    {
                        return failure;
                    }
                }

                return null;
            },
            Batches.Files)
        {
            Simpler = input => input.Simpler(),
        };

        var report = run.Run(Inputs, batchSize: 100);

        _output.WriteLine(report.ToString());
    }
}
