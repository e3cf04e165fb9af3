namespace PlanSdk.Extraction;

/// <summary>One entry of a corrections file's <c>aliases</c>: a spelling of a responsible unit and the unit's canonical spelling.</summary>
/// <remarks>A value record: it is part of the generator's cached corrections.</remarks>
/// <param name="Spelling">A spelling the plan uses (<c>委规信科</c>).</param>
/// <param name="Canonical">The spelling that names the unit (<c>委规划信息科</c>); it need not occur in the plan.</param>
/// <param name="Span">Where the spelling (the entry's key) is written in the corrections file.</param>
public sealed record UnitAlias(string Spelling, string Canonical, SourceSpan Span);
