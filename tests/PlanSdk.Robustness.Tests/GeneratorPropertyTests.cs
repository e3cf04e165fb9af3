using PlanSdk.Robustness.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PlanSdk.Robustness.Tests;

/// <summary>
/// Whatever the plans, the generator reports PLAN diagnostics only (never CS8785, never an exception) and
/// generates code that parses, and compiles without a warning: property-based, over mutated reference plans,
/// in batches of 50 plans per generator run and per compilation.
/// </summary>
public sealed class GeneratorPropertyTests
{
    private const int GeneratedInputs = 10_000;
    private const int CompiledInputs = 1_000;
    private readonly ITestOutputHelper _output;

    public GeneratorPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void MutatedPlans_Generate_ReportsPlanDiagnosticsOnlyAndParses()
    {
        var report = Run("generator", stream: 2, compile: false).Run(GeneratedInputs, Batches.Size);

        _output.WriteLine(report.ToString());
    }

    [Fact]
    public void MutatedPlans_GeneratedCode_CompilesWithoutErrorsOrWarnings()
    {
        var report = Run("compile", stream: 3, compile: true).Run(CompiledInputs, Batches.Size);

        _output.WriteLine(report.ToString());
    }

    private static PropertyRun<PlanInput> Run(string property, uint stream, bool compile) => new(
        property,
        stream,
        PlanInput.Gen,
        cases => Checks.Generator(Batches.Files(cases), Batches.SettingsOf(cases[0].Index), compile),
        Batches.Files)
    {
        ShrinkIterations = compile ? 20 : 100,
        Simpler = input => input.Simpler(),
        SimplifyBudget = compile ? 150 : 500,
    };
}
