namespace PlanSdk.Cli;

/// <summary>A plan text read from disk.</summary>
/// <param name="DisplayPath">The path to show people (relative to the current directory when below it, with <c>/</c>).</param>
/// <param name="Id">The plan id: the file name without extension.</param>
/// <param name="Text">The decoded text, byte-order mark removed.</param>
internal sealed record PlanFile(string DisplayPath, string Id, string Text);
