namespace PlanSdk.Extraction.Quantities;

/// <summary>A quantity as read from the text, before it is judged and classified.</summary>
internal sealed class RawQuantity
{
    /// <summary>The (first) number.</summary>
    public NumberToken Number { get; init; }

    /// <summary>The range's upper number, when there is one.</summary>
    public NumberToken? UpperNumber { get; init; }

    /// <summary>Where the quantity's first number starts.</summary>
    public int Start { get; init; }

    /// <summary>Where the comparison word written before the number starts (= number start when none).</summary>
    public int PrefixStart { get; init; }

    /// <summary>Where the number (range included, multiplier included) ends.</summary>
    public int NumberEnd { get; init; }

    /// <summary>Where the unit starts; equal to <see cref="UnitEnd"/> when there is no unit.</summary>
    public int UnitStart { get; init; }

    /// <summary>Where the unit ends.</summary>
    public int UnitEnd { get; init; }

    /// <summary>Where the whole quantity, suffix word included, ends.</summary>
    public int End { get; init; }

    public decimal Multiplier { get; init; } = 1m;

    public UnitInfo? Unit { get; init; }

    /// <summary>The unit name to export (<c>1/10万</c> for rates, otherwise the unit's name).</summary>
    public string? UnitName { get; init; }

    public UnitCategory Category => Unit?.Category ?? (UnitName is null ? UnitCategory.None : UnitCategory.Rate);

    public Comparison Comparison { get; init; }

    /// <summary>True when a comparison word or symbol was written with the number.</summary>
    public bool HasComparisonWord { get; init; }

    public decimal? Value { get; init; }

    public decimal? Max { get; init; }

    public bool Malformed => Number.Malformed || (UpperNumber?.Malformed ?? false);

    public bool IsCjk => Number.IsCjk;
}
