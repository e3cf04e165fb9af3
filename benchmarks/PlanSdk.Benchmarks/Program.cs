using BenchmarkDotNet.Running;
using PlanSdk.Benchmarks.Corpus;

namespace PlanSdk.Benchmarks;

/// <summary>
/// <c>corpus …</c> writes a synthetic corpus (<see cref="CorpusCommand"/>); anything else goes to
/// BenchmarkDotNet's switcher (<c>--filter '*GeneratorBenchmarks*'</c>, <c>--job short</c>…).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == CorpusCommand.Name)
        {
            return CorpusCommand.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
