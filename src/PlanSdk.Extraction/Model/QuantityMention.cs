namespace PlanSdk.Extraction;

/// <summary>
/// A number with a unit or classifier found in plan text, read and classified. Targets and
/// actuals are the mentions whose <see cref="Kind"/> is not <see cref="TargetKind.Context"/>.
/// </summary>
/// <remarks>A value record: it is part of the generator's cached pipeline model.</remarks>
/// <param name="Indicator">What is measured, as written near the number (<c>全人群签约率</c>).</param>
/// <param name="Text">The clause that states it, verbatim (<c>全人群签约率达61%以上</c>).</param>
/// <param name="Written">The quantity as written, number through unit (<c>61%</c>, <c>20万人次</c>).</param>
/// <param name="Value">The number, normalised (<c>20万</c> → 200000); null when it cannot be read.</param>
/// <param name="Max">The upper bound of a range, else null.</param>
/// <param name="Unit">The unit or classifier with any multiplier folded into the value (<c>%</c>, <c>人次</c>, <c>1/10万</c>); null when none is written.</param>
/// <param name="Comparison">How the figure compares.</param>
/// <param name="Kind">Target, actual or context.</param>
/// <param name="Deadline">The deadline as written in the clause (<c>年底前</c>), else null.</param>
/// <param name="Span">Where the quantity stands in the original text; its start is the number's first character.</param>
/// <param name="Malformed">True when the number cannot be read (<c>847.34.65</c>).</param>
/// <param name="Name">The C# member name of the target (<c>SigningRate</c>), once the plan's targets are named; null for context.</param>
/// <param name="Measures">
/// The name of the indicator the target measures (<see cref="PlanSdk.Indicator.SigningRate"/>'s <c>SigningRate</c>), from the
/// glossary, once the plan's targets are named; null for context and for an indicator the glossary does not know.
/// </param>
public sealed record QuantityMention(
    string Indicator,
    string Text,
    string Written,
    decimal? Value,
    decimal? Max,
    string? Unit,
    Comparison Comparison,
    TargetKind Kind,
    string? Deadline,
    SourceSpan Span,
    bool Malformed,
    string? Name = null,
    string? Measures = null)
{
    /// <summary>True for goals and reported figures, the mentions that are exported as targets.</summary>
    public bool IsTarget => Kind != TargetKind.Context;
}
