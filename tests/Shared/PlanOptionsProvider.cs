using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PlanSdk.Testing;

/// <summary>
/// The analyzer options PlanSdk's build props give the generator: the project folder and the MSBuild
/// properties as <c>build_property.*</c>, and each AdditionalFile's <c>PlanSdkKind</c> by its name
/// (<c>.plan.json</c> corrections, <c>.plan.lock</c> a lock, anything else a plan).
/// </summary>
internal sealed class PlanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions PlanFile = Kind("Plan");
    private static readonly DictionaryOptions CorrectionsFile = Kind("Corrections");
    private static readonly DictionaryOptions LockFile = Kind("Lock");

    /// <param name="projectDirectory">The project folder (<c>build_property.ProjectDir</c>), ending with a slash.</param>
    /// <param name="properties">MSBuild properties by name (<c>PlanSdkNamespace</c> …).</param>
    public PlanOptionsProvider(string projectDirectory, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties ?? new Dictionary<string, string>())
        {
            global["build_property." + property.Key] = property.Value;
        }

        global["build_property.ProjectDir"] = projectDirectory;
        GlobalOptions = new DictionaryOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        textFile.Path.EndsWith(".plan.json", StringComparison.Ordinal) ? CorrectionsFile
        : textFile.Path.EndsWith(".plan.lock", StringComparison.Ordinal) ? LockFile
        : PlanFile;

    private static DictionaryOptions Kind(string kind) =>
        new(new Dictionary<string, string>(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.PlanSdkKind"] = kind });
}
