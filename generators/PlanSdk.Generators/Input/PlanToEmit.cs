using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>A finished plan (corrected, targets named) and the path to quote in the generated docs.</summary>
/// <remarks>A value record: it is the cache key of the source output.</remarks>
/// <param name="Plan">The finished plan.</param>
/// <param name="DisplayPath">The plan file's path relative to the project (<c>plans/Zibo2024.txt</c>).</param>
/// <param name="ClassName">The plan's class name: the plan id as an identifier, made unique among the project's plans.</param>
/// <param name="Path">The plan file's full path, where its diagnostics are located.</param>
internal sealed record PlanToEmit(ExtractedPlan Plan, string DisplayPath, string ClassName, string Path);
