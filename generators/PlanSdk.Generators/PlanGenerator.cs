using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;
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
            .Select((pair, cancellationToken) =>
            {
                pair.Right.GlobalOptions.TryGetValue(MsBuildNames.ProjectDirProperty, out var projectDirectory);
                return CorrectionsFile.Read(pair.Left, projectDirectory, cancellationToken);
            })
            .WithTrackingName(TrackingNames.Corrections)
            .Collect()
            .Select((files, _) => CorrectionsIndex.From(files));

        var finished = extracted
            .Combine(classNames)
            .Combine(corrections)
            .Select((pair, _) =>
            {
                var ((path, displayPath, plan), names) = pair.Left;
                var file = pair.Right.For(path);
                return new PlanToEmit(PlanReader.Finish(plan, file?.Corrections, file?.Problems), displayPath, names.For(path));
            })
            .WithTrackingName(TrackingNames.Finished);

        context.RegisterSourceOutput(finished.Combine(options), static (output, pair) =>
            output.AddSource(pair.Left.ClassName + ".g.cs", PlanClassEmitter.Emit(pair.Left, pair.Right)));

        var catalog = finished
            .Select((plan, _) => new CatalogEntry(plan.Plan.Id, plan.ClassName))
            .Collect()
            .WithTrackingName(TrackingNames.Catalog);

        context.RegisterSourceOutput(catalog.Combine(options), static (output, pair) =>
            output.AddSource("PlanCatalog.g.cs", CatalogEmitter.Emit(pair.Left, pair.Right)));
    }
}
