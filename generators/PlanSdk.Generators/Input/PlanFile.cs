namespace PlanSdk.Generators.Input;

/// <summary>A plan text handed to the generator.</summary>
/// <remarks>A value record: it is the cache key of the extraction step.</remarks>
/// <param name="Path">The file's full path, as the compiler knows it.</param>
/// <param name="DisplayPath">The path to show and quote (<c>plans/Zibo2024.txt</c>): relative to the project, with <c>/</c>.</param>
/// <param name="PlanId">The plan id: the file name without extension (<c>Zibo2024</c>).</param>
/// <param name="Text">The plan text.</param>
internal sealed record PlanFile(string Path, string DisplayPath, string PlanId, string Text);
