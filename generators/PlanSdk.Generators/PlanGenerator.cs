using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;
using PlanSdk.Generators.Diagnostics;
using PlanSdk.Generators.Emit;
using PlanSdk.Generators.Input;

namespace PlanSdk.Generators;

/// <summary>
/// Compiles every plan text of the project (AdditionalFiles marked <c>PlanSdkKind=Plan</c>, by default
/// <c>plans/**/*.txt</c>) into typed C#: one file per plan (<c>Zibo2024.g.cs</c>) and a
/// <c>PlanCatalog</c>. Each plan is one chain of cached steps (read → extract → finish → emit), so
/// editing one plan re-runs that plan's steps only.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PlanGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select((pair, _) => OptionsReader.Read(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var planFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => PlanFileReader.IsPlan(pair.Left, pair.Right))
            .Select((pair, cancellationToken) =>
            {
                pair.Right.GlobalOptions.TryGetValue(MsBuildNames.ProjectDirProperty, out var projectDirectory);
                return PlanFileReader.Read(pair.Left, projectDirectory, cancellationToken);
            })
            .WithTrackingName(TrackingNames.PlanFiles);

        var classNames = planFiles.Collect()
            .Select((files, _) => PlanClassNames.From(files))
            .WithTrackingName(TrackingNames.ClassNames);

        var extracted = planFiles
            .Select((file, _) => (file.Path, file.DisplayPath, Plan: PlanExtractor.Extract(file.PlanId, file.Text)))
            .WithTrackingName(TrackingNames.Extracted);

        var corrections = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => CorrectionsFile.IsCorrections(pair.Left, pair.Right))
            .Select((pair, cancellationToken) => CorrectionsFile.Read(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Corrections);

        var locks = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => LockFile.IsLock(pair.Left, pair.Right))
            .Select((pair, cancellationToken) => LockFile.Read(pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Locks);

        var sidecars = corrections.Collect()
            .Combine(locks.Collect())
            .Select((pair, _) => SidecarIndex.From(pair.Left, pair.Right));

        var finished = extracted
            .Combine(classNames)
            .Combine(sidecars)
            .Select((pair, _) =>
            {
                var ((path, displayPath, plan), names) = pair.Left;
                return new PlanToEmit(PlanReader.Finish(plan, pair.Right.For(path)), displayPath, names.For(path), path);
            })
            .WithTrackingName(TrackingNames.Finished);

        context.RegisterSourceOutput(finished.Combine(options), static (output, pair) =>
            output.AddSource(pair.Left.ClassName + ".g.cs", PlanClassEmitter.Emit(pair.Left, pair.Right)));

        var diagnostics = finished
            .Select((plan, _) => plan.Plan.Problems.Select(problem => DiagnosticInfo.From(problem, plan.Path)).ToEquatableArray())
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (output, list) =>
        {
            foreach (var diagnostic in list)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(classNames, static (output, names) =>
        {
            foreach (var duplicate in names.Duplicates)
            {
                output.ReportDiagnostic(duplicate.ToDiagnostic());
            }
        });

        var referencedCatalogs = context.CompilationProvider
            .Select((compilation, cancellationToken) => ReferencedCatalog.In(compilation, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedCatalogs);

        var catalog = finished
            .Select((plan, _) => new CatalogEntry(plan.Plan.Id, plan.ClassName, plan.Path))
            .Collect()
            .Combine(referencedCatalogs)
            .Combine(options)
            .Select((pair, _) => (Catalog: CatalogToEmit.From(pair.Left.Left, pair.Left.Right, pair.Right), Options: pair.Right))
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog, static (output, pair) =>
        {
            if (CatalogEmitter.Emit(pair.Catalog, pair.Options) is { } source)
            {
                output.AddSource("PlanCatalog.g.cs", source);
            }

            foreach (var diagnostic in pair.Catalog.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}
