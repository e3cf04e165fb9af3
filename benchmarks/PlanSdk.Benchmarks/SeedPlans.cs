using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PlanSdk.Benchmarks;

/// <summary>The reference plans copied next to the benchmark assembly.</summary>
internal static class SeedPlans
{
    public static (string Id, string Text)[] Load() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Plans"), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f, Encoding.UTF8)))
            .ToArray();

    public static long Utf8Bytes((string Id, string Text)[] plans) => plans.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
}
