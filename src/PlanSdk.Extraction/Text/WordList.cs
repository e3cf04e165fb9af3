using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Extraction.Text;

/// <summary>
/// A list of words to recognise at a position of a text, longest first, indexed by first and by
/// last character so that a lookup tries only the words that can match there.
/// </summary>
internal sealed class WordList
{
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly Dictionary<char, string[]> _byLast;

    public WordList(params string[] words)
    {
        Words = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        _byFirst = Words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _byLast = Words.GroupBy(w => w[w.Length - 1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The words, longest first.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The longest word that starts at <paramref name="index"/>, or null.</summary>
    public string? MatchAt(string text, int index)
    {
        if (index < 0 || index >= text.Length || !_byFirst.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (TextMatch.At(text, index, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>The longest word that ends just before <paramref name="end"/>, or null.</summary>
    public string? MatchEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || !_byLast.TryGetValue(text[end - 1], out var candidates))
        {
            return null;
        }

        foreach (var word in candidates)
        {
            if (TextMatch.EndsAt(text, end, word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>True when one of the words occurs between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public bool OccursIn(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < end && i < text.Length; i++)
        {
            if (_byFirst.TryGetValue(text[i], out var candidates))
            {
                foreach (var word in candidates)
                {
                    if (i + word.Length <= end && TextMatch.At(text, i, word))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when one of the words occurs anywhere in <paramref name="text"/>.</summary>
    public bool OccursIn(string text) => OccursIn(text, 0, text.Length);
}
