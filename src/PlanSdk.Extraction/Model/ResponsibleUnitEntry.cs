namespace PlanSdk.Extraction;

/// <summary>A unit named in the plan's responsibility clauses, with every spelling the plan uses for it.</summary>
/// <remarks>A value record: it is part of the generator's cached pipeline model.</remarks>
/// <param name="Name">The fullest spelling (<c>委规划信息科</c>).</param>
/// <param name="Aliases">Other spellings of the same unit (<c>委规信科</c>), in first-seen order.</param>
/// <param name="Collective">True for a phrase naming a group of units (<c>委机关各相关科室</c>).</param>
public sealed record ResponsibleUnitEntry(string Name, EquatableArray<string> Aliases, bool Collective);
