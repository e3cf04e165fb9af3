using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// What a target measures, as one name shared by every plan: <see cref="SigningRate"/> is
/// <c>签约率</c> in Zibo's <c>全人群签约率达61%以上</c> and in any other city's plan. The well-known
/// indicators form a taxonomy: <see cref="ElderlySigningRate"/> is narrower than
/// <see cref="SigningRate"/>, so a query for signing rates finds both.
/// </summary>
/// <remarks>
/// The well-known indicators, and the words plans write for them, are listed in
/// <c>Indicator.Taxonomy.cs</c>; the engine names targets by the same words (the glossary). A plan's
/// corrections file can add words and names of its own: such an indicator has no words and no
/// broader indicator here (<see cref="FromName"/>). Indicators compare by <see cref="Name"/>, ordinally.
/// </remarks>
public sealed partial class Indicator : IEquatable<Indicator>
{
    private readonly List<Indicator> _narrower = new();

    private Indicator(string name, Indicator? broader, string[] words)
    {
        Name = name;
        Broader = broader;
        Words = words;
        broader?._narrower.Add(this);
    }

    /// <summary>The name, a C# identifier (<c>SigningRate</c>); also the member name the glossary gives a target.</summary>
    public string Name { get; }

    /// <summary>The indicator this one is a kind of (<see cref="SigningRate"/> for <see cref="ElderlySigningRate"/>), else null.</summary>
    public Indicator? Broader { get; }

    /// <summary>The indicators that are kinds of this one, directly, in taxonomy order.</summary>
    public IReadOnlyList<Indicator> Narrower => _narrower;

    /// <summary>
    /// The words plans write for it (<c>签约率</c>); a target's indicator that ends with one of them
    /// (<c>全人群签约率</c>) measures it. Empty for an indicator a corrections file named.
    /// </summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True for an indicator of the taxonomy (<see cref="All"/>), false for one only a corrections file names.</summary>
    public bool IsWellKnown => Find(Name) is { } known && ReferenceEquals(known, this);

    /// <summary>The broadest indicator this one is a kind of (itself when it has no <see cref="Broader"/>).</summary>
    public Indicator Root
    {
        get
        {
            var root = this;
            while (root.Broader is { } broader)
            {
                root = broader;
            }

            return root;
        }
    }

    /// <summary>
    /// The indicator with a name: the well-known one (<c>"SigningRate"</c> → <see cref="SigningRate"/>), or
    /// one with no words and no broader indicator for a name only a corrections file gives.
    /// </summary>
    /// <param name="name">The name (<c>SigningRate</c>).</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public static Indicator FromName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An indicator needs a name.", nameof(name));
        }

        return Find(name) ?? new Indicator(name, null, Array.Empty<string>());
    }

    /// <summary>The well-known indicator with a name, or null.</summary>
    /// <param name="name">The name (<c>SigningRate</c>).</param>
    /// <returns>The indicator, or null when the taxonomy has none by that name.</returns>
    public static Indicator? Find(string name) =>
        name is not null && Taxonomy.ByName.TryGetValue(name, out var indicator) ? indicator : null;

    /// <summary>True when this indicator is <paramref name="other"/> or a kind of it (<c>ElderlySigningRate.IsA(SigningRate)</c>).</summary>
    /// <param name="other">The broader indicator.</param>
    /// <returns>True when <paramref name="other"/> is this indicator or one of its broader indicators.</returns>
    public bool IsA(Indicator other)
    {
        for (var current = this; current is not null; current = current.Broader)
        {
            if (current.Equals(other))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(Indicator? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>True when both are null or have the same name.</summary>
    /// <param name="left">An indicator.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Indicator? left, Indicator? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when they differ.</summary>
    /// <param name="left">An indicator.</param>
    /// <param name="right">Another.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Indicator? left, Indicator? right) => !(left == right);
}
