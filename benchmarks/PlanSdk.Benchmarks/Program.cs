using BenchmarkDotNet.Running;

namespace PlanSdk.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (BenchmarkDotNet's switcher).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
