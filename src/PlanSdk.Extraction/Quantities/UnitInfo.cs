namespace PlanSdk.Extraction.Quantities;

/// <summary>A unit as written and as exported.</summary>
/// <param name="Written">The characters in the text (<c>％</c>).</param>
/// <param name="Name">The exported unit (<c>%</c>).</param>
/// <param name="Category">What it measures.</param>
internal sealed record UnitInfo(string Written, string Name, UnitCategory Category);
