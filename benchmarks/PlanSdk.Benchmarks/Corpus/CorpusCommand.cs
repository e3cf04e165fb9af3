using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PlanSdk.Corpus;

namespace PlanSdk.Benchmarks.Corpus;

/// <summary>
/// <c>corpus --count 1000 --seed 42 --out DIR [--seeds DIR]</c>: writes a synthetic corpus
/// (<see cref="SyntheticCorpus"/>) made from the reference plans.
/// </summary>
internal static class CorpusCommand
{
    public const string Name = "corpus";

    private const string Usage = "usage: corpus --out DIR [--count N (1000)] [--seed N (42)] [--seeds DIR (the reference plans)]";

    public static int Run(string[] args)
    {
        var count = 1000;
        var seed = 42;
        string? output = null;
        var seeds = Path.Combine(AppContext.BaseDirectory, "Plans");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count):
                case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed):
                    i++;
                    break;
                case "--out" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--seeds" when value is not null:
                    seeds = value;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine($"corpus: cannot read '{args[i]}'.");
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var corpus = SyntheticCorpus.FromDirectory(seeds);
        var plans = corpus.Write(output, seed, count);
        var bytes = plans.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Wrote {0:N0} plans ({1:N0} bytes, {2:N0} tasks) to {3}, seed {4}, from {5} seed tasks.",
            plans.Count,
            bytes,
            plans.Sum(p => p.Tasks),
            Path.GetFullPath(output),
            seed,
            corpus.SeedTaskCount));
        return 0;
    }
}
