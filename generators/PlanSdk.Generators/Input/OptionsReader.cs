using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PlanSdk.Extraction.Naming;
using PlanSdk.Generators.Emit;

namespace PlanSdk.Generators.Input;

/// <summary>Reduces the MSBuild options and the parse options to <see cref="GeneratorOptions"/>.</summary>
internal static class OptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions global, ParseOptions parseOptions)
    {
        var ns = global.TryGetValue(MsBuildNames.NamespaceProperty, out var configured) && IsNamespace(configured)
            ? configured.Trim()
            : GeneratorOptions.Default.Namespace;
        var visibility = global.TryGetValue(MsBuildNames.VisibilityProperty, out var v) && v.Trim().Equals("internal", System.StringComparison.OrdinalIgnoreCase)
            ? "internal"
            : "public";
        var nullable = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
        return new GeneratorOptions(ns, visibility, nullable);
    }

    /// <summary>
    /// A dotted name of identifiers (<c>Contoso.Plans</c>) that the compiler reads as written: no keyword
    /// (<c>__arglist</c>, <c>global</c>), no invisible formatting character; anything else falls back to the default.
    /// </summary>
    private static bool IsNamespace(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        foreach (var part in trimmed.Split('.'))
        {
            if (!CSharpIdentifier.IsValid(part) || Identifiers.Member(part, "_") != part || part == "global")
            {
                return false;
            }
        }

        return true;
    }
}
