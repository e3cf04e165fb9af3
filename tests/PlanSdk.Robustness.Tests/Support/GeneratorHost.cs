using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Generators;
using PlanSdk.Testing;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>The MSBuild settings a generator run sees.</summary>
/// <param name="Language">The consumer's C# version.</param>
/// <param name="Namespace">PlanSdkNamespace, or null for the default.</param>
/// <param name="Visibility">PlanSdkVisibility, or null for the default.</param>
internal sealed record GeneratorSettings(LanguageVersion Language = LanguageVersion.Latest, string? Namespace = null, string? Visibility = null)
{
    public static GeneratorSettings Default { get; } = new();
}

/// <summary>
/// Runs <see cref="PlanGenerator"/> in a <see cref="CSharpGeneratorDriver"/> over files given as AdditionalFiles
/// (<c>.txt</c> plans, <c>.plan.json</c> corrections, <c>.plan.lock</c> locks), as a build does, and compiles
/// what it generates into a consumer assembly (the options and in-memory files are tests/Shared's, as in tests/PlanSdk.Generators.Tests' GeneratorHarness).
/// </summary>
internal static class GeneratorHost
{
    public const string ProjectDir = "/project/";

    /// <summary>The framework's System.* assemblies and the PlanSdk runtime: what a consumer project references.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(Plan).Assembly.Location)
        .Append(typeof(Extraction.PlanExtractor).Assembly.Location)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(path => path, StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    /// <summary>Runs the generator once over <paramref name="files"/> (paths relative to the project).</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> files, GeneratorSettings? settings = null)
    {
        settings ??= GeneratorSettings.Default;
        var parseOptions = new CSharpParseOptions(settings.Language);
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + f.Path, f.Text)).ToImmutableArray();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (settings.Namespace is not null)
        {
            properties["PlanSdkNamespace"] = settings.Namespace;
        }

        if (settings.Visibility is not null)
        {
            properties["PlanSdkVisibility"] = settings.Visibility;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PlanGenerator().AsSourceGenerator() },
            additional,
            parseOptions,
            new PlanOptionsProvider(ProjectDir, properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", parseOptions) },
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: settings.Language >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                warningLevel: 9999,
                deterministic: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), output, driverDiagnostics);
    }
}

/// <summary>One generator run: what it generated and reported, and the consumer compilation with the generated code.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>Generated sources by hint name, in ordinal order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The compiler's errors and warnings on the consumer assembly with the generated code (the costly part: binds everything).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}

/// <summary>Loads a compiled consumer assembly in a collectible context, to read what the generated code holds at run time.</summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly System.Runtime.Loader.AssemblyLoadContext _context = new("PlanSdk.Robustness.Generated", isCollectible: true);

    public LoadedAssembly(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(" | ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        stream.Position = 0;
        Assembly = _context.LoadFromStream(stream);
    }

    public System.Reflection.Assembly Assembly { get; }

    /// <summary>The <c>Plan</c> of a generated plan class.</summary>
    public Plan Plan(string typeName) =>
        (Plan)Assembly.GetType(typeName, throwOnError: true)!.GetProperty("Plan")!.GetValue(null)!;

    public void Dispose() => _context.Unload();
}
