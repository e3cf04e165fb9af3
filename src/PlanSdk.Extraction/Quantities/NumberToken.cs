namespace PlanSdk.Extraction.Quantities;

/// <summary>A number as written: arabic (<c>61</c>, <c>4041.6</c>, <c>1,559</c>) or CJK (<c>三十七</c>, <c>两</c>).</summary>
/// <param name="Start">Where it starts in the logical text.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Value">Its value; null when malformed.</param>
/// <param name="IsCjk">True for CJK numerals.</param>
/// <param name="IntegerDigits">How many digits stand before the decimal point (arabic only).</param>
/// <param name="Malformed">True when it cannot be read (<c>847.34.65</c>).</param>
internal readonly record struct NumberToken(int Start, int End, decimal? Value, bool IsCjk, int IntegerDigits, bool Malformed)
{
    public bool IsInteger => Value is { } v && v == decimal.Truncate(v);
}
