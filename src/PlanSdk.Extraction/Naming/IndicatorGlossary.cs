using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Extraction.Naming;

/// <summary>
/// The health-indicator glossary that names targets: <c>签约率</c> → <c>SigningRate</c>,
/// <c>老年人签约率</c> → <c>ElderlySigningRate</c>, <c>死亡率</c> → <c>MortalityRate</c>. The curated
/// entries are the words of the well-known indicators (<see cref="Indicator.All"/>); a plan's
/// corrections file adds its own.
/// </summary>
/// <remarks>A value: two glossaries with the same entries are equal (the generator caches on it).</remarks>
public sealed class IndicatorGlossary : IEquatable<IndicatorGlossary>
{
    private readonly (string Indicator, string Name)[] _entries;

    private IndicatorGlossary((string Indicator, string Name)[] entries) =>
        _entries = entries.OrderByDescending(e => e.Indicator.Length).ThenBy(e => e.Indicator, StringComparer.Ordinal).ToArray();

    /// <summary>The curated glossary shipped with PlanSdk: the words of every well-known indicator.</summary>
    public static IndicatorGlossary Default { get; } = new(Indicator.All.SelectMany(i => i.Words, (i, word) => (word, i.Name)).ToArray());

    /// <summary>The entries, longest indicator first.</summary>
    public IReadOnlyList<(string Indicator, string Name)> Entries => _entries;

    /// <summary>This glossary with more entries; an added entry replaces one with the same indicator.</summary>
    /// <param name="entries">Indicator words and member names.</param>
    /// <returns>The extended glossary.</returns>
    public IndicatorGlossary With(IEnumerable<(string Indicator, string Name)> entries)
    {
        var merged = _entries.ToDictionary(e => e.Indicator, e => e.Name, StringComparer.Ordinal);
        foreach (var (indicator, name) in entries)
        {
            merged[indicator] = name;
        }

        return new IndicatorGlossary(merged.Select(pair => (pair.Key, pair.Value)).ToArray());
    }

    /// <summary>The member name of the longest entry that <paramref name="indicator"/> ends with, or null.</summary>
    /// <param name="indicator">An indicator as the engine read it (<c>全人群签约率</c>).</param>
    /// <returns>The glossary name (<c>SigningRate</c>), or null when no entry fits.</returns>
    public string? NameFor(string indicator)
    {
        var squashed = Text.WhiteSpace.Remove(indicator);
        foreach (var (word, name) in _entries)
        {
            if (squashed.EndsWith(word, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The name of the indicator a target measures: the glossary's name for the head of the phrase
    /// (<see cref="IndicatorHead.Of"/>), else for the whole phrase; null when no entry fits.
    /// </summary>
    /// <param name="indicator">An indicator as the engine read it (<c>全人群签约率</c>).</param>
    /// <returns>The name (<c>SigningRate</c>), or null.</returns>
    public string? Classify(string indicator) => NameFor(IndicatorHead.Of(indicator)) ?? NameFor(indicator);

    /// <inheritdoc />
    public bool Equals(IndicatorGlossary? other) => other is not null && _entries.SequenceEqual(other._entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorGlossary);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var (indicator, name) in _entries)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(indicator) + (7 * StringComparer.Ordinal.GetHashCode(name)));
        }

        return hash;
    }
}
