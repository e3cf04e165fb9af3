using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Generators.Tests.Support;

/// <summary>The five reference plans as generator inputs.</summary>
internal static class ReferencePlans
{
    public static readonly string[] Ids = { "Nanning2017", "Shijiazhuang2020", "XxCounty2020", "Zhoushan2019", "Zibo2024" };

    public static IEnumerable<(string Path, string Text)> All() => Ids.Select(id => ($"plans/{id}.txt", GeneratorHarness.PlanText(id)));
}
