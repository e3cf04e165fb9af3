using System.Collections.Generic;
using System.Globalization;

namespace PlanSdk.Extraction.Corrections;

/// <summary>
/// The simple C# identifier check for member names a corrections file gives: a letter or an
/// underscore first, then letters, digits and underscores. Letters of any script count (Chinese
/// is fine: <c>签约率</c>). A C# keyword is not a name.
/// </summary>
internal static class IdentifierCheck
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Why <paramref name="name"/> is not a C# identifier, or null when it is one.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>A clause for a message (<c>it starts with a digit</c>), or null.</returns>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (Keywords.Contains(name))
        {
            return "it is a C# keyword";
        }

        for (var i = 0; i < name.Length; i++)
        {
            var pair = char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
            var category = CharUnicodeInfo.GetUnicodeCategory(name, i);
            var letter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
                or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;
            var ok = letter || name[i] == '_' || (i > 0 && category == UnicodeCategory.DecimalDigitNumber);
            if (!ok)
            {
                var character = pair ? name.Substring(i, 2) : name.Substring(i, 1);
                return i == 0 && category == UnicodeCategory.DecimalDigitNumber
                    ? "it starts with a digit"
                    : $"'{character}' is not a letter, a digit or an underscore";
            }

            if (pair)
            {
                i++;
            }
        }

        return null;
    }
}
