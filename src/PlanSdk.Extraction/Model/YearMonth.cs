using System;
using System.Globalization;

namespace PlanSdk;

/// <summary>
/// A calendar month, the resolution of plan deadlines: <c>6月底前</c> in a 2020 plan is June 2020,
/// <c>年底前</c> is December. Ordered by year, then month.
/// </summary>
/// <param name="Year">The year (<c>2020</c>).</param>
/// <param name="Month">The month, 1 to 12.</param>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>The last day of the month, the day a deadline falls due.</summary>
    public DateTime LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    /// <inheritdoc />
    public int CompareTo(YearMonth other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when earlier.</returns>
    public static bool operator <(YearMonth left, YearMonth right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when later.</returns>
    public static bool operator >(YearMonth left, YearMonth right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> is the same month as <paramref name="right"/> or earlier.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not later.</returns>
    public static bool operator <=(YearMonth left, YearMonth right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> is the same month as <paramref name="right"/> or later.</summary>
    /// <param name="left">A month.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not earlier.</returns>
    public static bool operator >=(YearMonth left, YearMonth right) => left.CompareTo(right) >= 0;

    /// <summary>The month as <c>yyyy-MM</c> (<c>2020-06</c>), culture-invariant.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + Month.ToString("00", CultureInfo.InvariantCulture);
}
