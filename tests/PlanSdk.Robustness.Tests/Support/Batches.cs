using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>How generated inputs become generator runs: file paths, and the settings of each batch.</summary>
internal static class Batches
{
    /// <summary>Plans per generator run and per compilation.</summary>
    public const int Size = 50;

    /// <summary>The settings a batch is built with, by batch number: the default, C# 7.3, another namespace and visibility.</summary>
    private static readonly GeneratorSettings[] Settings =
    {
        GeneratorSettings.Default,
        new(LanguageVersion.CSharp7_3),
        new(LanguageVersion.Latest, "Contoso.HealthPlans", "internal"),
        new(LanguageVersion.CSharp9, "PlanSdk.Generated"),
    };

    public static GeneratorSettings SettingsOf(int index) => Settings[index / Size % Settings.Length];

    /// <summary>The plan files of generated inputs: each in a folder of its own, so that file names may repeat.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(IReadOnlyList<(int Index, PlanInput Value)> cases) =>
        cases.Select(c => ("plans/" + c.Index.ToString(CultureInfo.InvariantCulture) + "/" + c.Value.Id(c.Index) + ".txt", c.Value.Text())).ToList();
}
