using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PlanSdk.Benchmarks.Generator;

/// <summary>The analyzer options MSBuild gives the generator: the project folder, and every additional file a plan.</summary>
internal sealed class PlanOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());
    private static readonly Options PlanFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanSdkKind"] = "Plan" });

    public PlanOptionsProvider(string projectDirectory) =>
        GlobalOptions = new Options(new Dictionary<string, string> { ["build_property.ProjectDir"] = projectDirectory });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => PlanFile;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value)
        {
            if (_values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = string.Empty;
            return false;
        }
    }
}
