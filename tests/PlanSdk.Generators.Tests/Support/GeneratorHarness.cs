using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Testing;

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
        _files = plans.Select(p => (AdditionalText)new InMemoryAdditionalText(ProjectDir + p.Path, p.Text)).ToImmutableArray();
        var optionsProvider = new PlanOptionsProvider(ProjectDir, properties);
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
        var replacement = new InMemoryAdditionalText(old.Path, text);
        _driver = _driver.ReplaceAdditionalText(old, replacement);
        _files = _files.Replace(old, replacement);
    }

    public static string PlanText(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Plans", id + ".txt"));
}
