using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PlanSdk.Generators.Tests.Support;

/// <summary>Runs the plan generator in a driver over plan texts given as AdditionalFiles, and compiles its output.</summary>
internal sealed class GeneratorHarness
{
    public const string ProjectDir = "/project/";

    private readonly CSharpParseOptions _parseOptions;
    private GeneratorDriver _driver;
    private readonly Compilation _compilation;
    private ImmutableArray<AdditionalText> _files;

    public GeneratorHarness(
        IEnumerable<(string Path, string Text)> plans,
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        string assemblyName = "Consumer",
        IEnumerable<MetadataReference>? references = null)
    {
        _parseOptions = new CSharpParseOptions(languageVersion);
        _files = plans.Select(p => (AdditionalText)new InMemoryText(ProjectDir + p.Path, p.Text)).ToImmutableArray();
        var optionsProvider = new OptionsProvider(properties ?? new Dictionary<string, string>(), _files);
        _driver = CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            _files,
            _parseOptions,
            optionsProvider,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        _compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", _parseOptions) },
            References.Concat(references ?? Enumerable.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, warningLevel: 9999));
    }

    public static IEnumerable<MetadataReference> References { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(Plan).Assembly.Location)
        .Append(typeof(Extraction.PlanExtractor).Assembly.Location)
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    /// <summary>Runs the generator (again) and returns its result and the compilation with the generated code.</summary>
    public (GeneratorDriverRunResult Result, Compilation Output) Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _);
        return (_driver.GetRunResult(), output);
    }

    /// <summary>
    /// Builds a project of plans into an assembly, as a referenced project would be built, and returns a
    /// reference to it and its image (to load it); its compilation must have no errors.
    /// </summary>
    public static (MetadataReference Reference, byte[] Image) BuildReference(string assemblyName, IEnumerable<(string Path, string Text)> plans, IReadOnlyDictionary<string, string>? properties = null, IEnumerable<MetadataReference>? references = null)
    {
        var (_, output) = new GeneratorHarness(plans, properties, assemblyName: assemblyName, references: references).Run();
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException($"{assemblyName} does not compile: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        }

        var bytes = image.ToArray();
        return (MetadataReference.CreateFromImage(bytes), bytes);
    }

    /// <summary>Replaces the text of one plan file, as an edit in the IDE does.</summary>
    public void Edit(string path, string text)
    {
        var old = _files.Single(f => f.Path == ProjectDir + path);
        var replacement = new InMemoryText(old.Path, text);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _files = _files.Replace(old, replacement);
    }

    public static string PlanText(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", id + ".txt"));

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;
        private readonly Options _planFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanSdkKind"] = "Plan" });
        private readonly Options _correctionsFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanSdkKind"] = "Corrections" });
        private readonly Options _lockFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PlanSdkKind"] = "Lock" });

        public OptionsProvider(IReadOnlyDictionary<string, string> properties, ImmutableArray<AdditionalText> files)
        {
            var global = properties.ToDictionary(p => "build_property." + p.Key, p => p.Value);
            global["build_property.ProjectDir"] = ProjectDir;
            _global = new Options(global);
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".plan.json", StringComparison.Ordinal) ? _correctionsFile
            : textFile.Path.EndsWith(".plan.lock", StringComparison.Ordinal) ? _lockFile
            : _planFile;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public static Options Empty { get; } = new(new Dictionary<string, string>());

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
