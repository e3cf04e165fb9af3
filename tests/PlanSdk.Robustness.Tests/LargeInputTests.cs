using System.Diagnostics;
using System.Text;
using PlanSdk.Robustness.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PlanSdk.Robustness.Tests;

/// <summary>A plan of 5 MB (the reference plans over and over, 41 times) through the engine and the generator.</summary>
public sealed class LargeInputTests
{
    private const int Megabytes = 5;
    private readonly ITestOutputHelper _output;

    public LargeInputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void FiveMegabytePlan_PassesTheEngineAndTheGenerator()
    {
        var text = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(text.ToString()) < Megabytes * 1024 * 1024)
        {
            foreach (var (_, seed) in SeedPlans.All)
            {
                text.Append(seed).Append('\n');
            }
        }

        var clock = Stopwatch.StartNew();
        Assert.Null(Checks.Engine("Large", text.ToString()));
        var engine = clock.Elapsed;
        Assert.Null(Checks.Generator(new[] { ("plans/Large.txt", text.ToString()) }, GeneratorSettings.Default, compile: true));

        _output.WriteLine($"{Encoding.UTF8.GetByteCount(text.ToString()):N0} bytes: engine {engine.TotalSeconds:F1} s, generator {(clock.Elapsed - engine).TotalSeconds:F1} s");
    }
}
