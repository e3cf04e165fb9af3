using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PlanSdk.Extraction.Naming;

/// <summary>
/// C# identifier rules, used to name what PlanSdk generates: letters of any script (Chinese is
/// fine: <c>委办公室</c>), digits, connectors and combining marks, not starting with a digit and not
/// a keyword. Stricter than the compiler in two ways that keep names readable: no formatting
/// characters (U+200B, U+202E…, which the compiler ignores, so that two names that look different
/// are one, and which can reorder the displayed code), and no characters outside the Basic
/// Multilingual Plane (<c>𪚥</c>), which the compiler reads as two surrogates and rejects.
/// </summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    /// <summary>True when <paramref name="name"/> can be used as written as a C# identifier.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True for a valid identifier that is not a keyword.</returns>
    public static bool IsValid(string? name) => name is not null && Problem(name) is null;

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
            var category = CharUnicodeInfo.GetUnicodeCategory(name[i]);
            var ok = i == 0 ? IsStart(category) || name[i] == '_' : IsPart(category);
            if (!ok)
            {
                return i == 0 && category == UnicodeCategory.DecimalDigitNumber
                    ? "it starts with a digit"
                    : category == UnicodeCategory.Format
                        ? $"U+{(int)name[i]:X4}, a formatting character, cannot stand in a generated name"
                        : $"'{(pair ? name.Substring(i, 2) : name.Substring(i, 1))}' cannot stand in a C# identifier";
            }
        }

        return null;
    }

    /// <summary>
    /// Makes an identifier of <paramref name="text"/>: characters that cannot stand in an identifier
    /// are dropped, a leading digit gets an underscore, a keyword gets an <c>@</c>-free suffix; at most
    /// <paramref name="maxLength"/> characters are kept, from the end (Chinese phrases end in their head noun).
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="fallback">The identifier to use when nothing of the text can be kept.</param>
    /// <param name="maxLength">The longest identifier to make.</param>
    /// <returns>A valid identifier.</returns>
    public static string From(string? text, string fallback, int maxLength = 24)
    {
        var builder = new StringBuilder();
        var value = text ?? string.Empty;
        foreach (var c in value)
        {
            // A surrogate's category is Surrogate, so characters outside the BMP are dropped with the rest.
            if (IsPart(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                builder.Append(c);
            }
        }

        var name = builder.ToString();
        if (name.Length > maxLength)
        {
            name = name.Substring(name.Length - maxLength);
        }

        if (name.Length == 0)
        {
            return fallback;
        }

        if (!IsStart(CharUnicodeInfo.GetUnicodeCategory(name, 0)) && name[0] != '_')
        {
            name = "_" + name;
        }

        return Keywords.Contains(name) ? name + "_" : name;
    }

    private static bool IsStart(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;

    private static bool IsPart(UnicodeCategory category) => IsStart(category) || category is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
