using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>A plan text read from disk.</summary>
/// <param name="DisplayPath">The path to show people (relative to the current directory when below it, with <c>/</c>).</param>
/// <param name="Id">The plan id: the file name without extension.</param>
/// <param name="Text">The decoded text, byte-order mark removed.</param>
/// <param name="Sidecars">The plan's corrections (<c>Zibo2024.plan.json</c>) and target lock (<c>Zibo2024.plan.lock</c>) beside the text, parsed.</param>
internal sealed record PlanFile(string DisplayPath, string Id, string Text, PlanSidecars Sidecars)
{
    /// <summary>The plan as every part of PlanSdk reads it: extracted, corrected, targets named, compared with its lock.</summary>
    public ExtractedPlan Read() => PlanReader.Read(Id, Text, Sidecars);
}
