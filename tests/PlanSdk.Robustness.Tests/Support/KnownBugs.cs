using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>
/// Bugs the properties find that are reported but not fixed yet (in code another change owns); each has a skipped
/// test in <c>KnownBugTests</c> that states it. A plan that shows one is still run through the generator (no
/// exception, PLAN diagnostics only) but left out of the parse, readability and compile checks of its batch, and
/// counted, so that the properties stay strict for everything else. Remove an entry when its bug is fixed.
/// </summary>
internal static partial class KnownBugs
{
    /// <summary>
    /// A target member name the compiler cannot read as written: a character outside the BMP (<c>𠀀</c>), an
    /// invisible formatting character (U+200B, U+202E), or a keyword <c>CSharpIdentifier</c> does not know
    /// (<c>__arglist</c>). Target names come from <c>PlanSdk.Extraction.Naming</c> (<c>TargetNamer</c>,
    /// <c>CSharpIdentifier</c>); see <c>KnownBugTests.TargetName_*</c>.
    /// </summary>
    public const string TargetName = "target name the compiler cannot read as written (Naming/CSharpIdentifier)";

    /// <summary>The known bug the generated source of one plan shows, or null.</summary>
    public static string? In(string generatedSource)
    {
        foreach (Match match in TargetMember().Matches(generatedSource))
        {
            if (!IsReadableIdentifier(match.Groups[1].Value))
            {
                return TargetName;
            }
        }

        return null;
    }

    /// <summary>An identifier the compiler reads as written: its characters, no formatting character, no keyword.</summary>
    public static bool IsReadableIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && !name.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    [GeneratedRegex(@"^\s*public global::PlanSdk\.Target (.+?) => Targets\[", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex TargetMember();
}

/// <summary>How many inputs of a run showed each known bug.</summary>
internal sealed class KnownBugTally
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public void Add(string bug) => _counts.AddOrUpdate(bug, 1, (_, n) => n + 1);

    public int Total => _counts.Values.Sum();

    public override string ToString() => _counts.IsEmpty
        ? "no input showed a known bug"
        : string.Join("; ", _counts.OrderBy(c => c.Key, System.StringComparer.Ordinal).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} input(s) showed the known bug: {c.Key}")));

    public IReadOnlyDictionary<string, int> Counts => _counts;
}
