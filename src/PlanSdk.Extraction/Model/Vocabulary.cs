using System;

namespace PlanSdk;

/// <summary>The written forms of the plan vocabulary used by the JSON export and the CLI.</summary>
public static class Vocabulary
{
    /// <summary>The export symbol of a comparison: <c>=</c>, <c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&lt;</c>, <c>~</c> or <c>range</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>Its symbol.</returns>
    public static string ToSymbol(this Comparison comparison) => comparison switch
    {
        Comparison.Exactly => "=",
        Comparison.AtLeast => ">=",
        Comparison.AtMost => "<=",
        Comparison.MoreThan => ">",
        Comparison.LessThan => "<",
        Comparison.Approximately => "~",
        Comparison.Between => "range",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
    };

    /// <summary>Reads an export symbol back into a comparison.</summary>
    /// <param name="symbol">A symbol written by <see cref="ToSymbol(Comparison)"/>.</param>
    /// <param name="comparison">The comparison, when the symbol is known.</param>
    /// <returns>True when the symbol is known.</returns>
    public static bool TryParseComparison(string? symbol, out Comparison comparison)
    {
        foreach (Comparison candidate in Enum.GetValues(typeof(Comparison)))
        {
            if (string.Equals(candidate.ToSymbol(), symbol, StringComparison.Ordinal))
            {
                comparison = candidate;
                return true;
            }
        }

        comparison = Comparison.Exactly;
        return false;
    }

    /// <summary>The export word of a kind: <c>target</c>, <c>actual</c> or <c>context</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its word.</returns>
    public static string ToWord(this TargetKind kind) => kind switch
    {
        TargetKind.Target => "target",
        TargetKind.Actual => "actual",
        TargetKind.Context => "context",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>Reads an export word back into a kind.</summary>
    /// <param name="word">A word written by <see cref="ToWord(TargetKind)"/>.</param>
    /// <param name="kind">The kind, when the word is known.</param>
    /// <returns>True when the word is known.</returns>
    public static bool TryParseKind(string? word, out TargetKind kind)
    {
        foreach (TargetKind candidate in Enum.GetValues(typeof(TargetKind)))
        {
            if (string.Equals(candidate.ToWord(), word, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = TargetKind.Target;
        return false;
    }
}
