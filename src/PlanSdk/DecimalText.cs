using System.Globalization;

namespace PlanSdk;

/// <summary>Decimal helpers shared by the mapping and the JSON export.</summary>
internal static class DecimalText
{
    /// <summary>
    /// The same number without trailing zeros in its scale (<c>61.50m</c> → <c>61.5m</c>,
    /// <c>100.0m</c> → <c>100m</c>), so that it is written the same way whatever its origin.
    /// </summary>
    public static decimal? Normalize(decimal? value) => value is { } v ? Normalize(v) : null;

    /// <inheritdoc cref="Normalize(decimal?)"/>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The number written with the invariant culture and no trailing zeros.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);
}
