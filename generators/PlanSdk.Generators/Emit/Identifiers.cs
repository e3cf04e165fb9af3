using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Generators.Emit;

/// <summary>
/// Identifiers as the compiler reads them. <see cref="CSharpIdentifier.From"/> makes an identifier of any
/// text; on top of that, these drop formatting characters (invisible, and ignored by the compiler when it
/// compares names, so that <c>A&lt;U+200B&gt;</c> and <c>A</c> would be one name) and characters outside the
/// Basic Multilingual Plane (<c>𠀀</c>: the compiler reads identifiers one UTF-16 unit at a time and rejects
/// surrogates), escape every keyword the compiler knows (<c>__arglist</c> too), and keep type names clear of
/// CS8981 (a type name of lower-case ASCII letters only: <c>zibo</c>, <c>record</c>, <c>file</c>), which the
/// compiler warns about or rejects.
/// </summary>
internal static class Identifiers
{
    /// <summary>The longest identifier made (the compiler allows 512 characters, metadata 1,024 UTF-8 bytes).</summary>
    public const int MaxLength = 200;

    /// <summary>A member name for <paramref name="text"/>.</summary>
    public static string Member(string? text, string fallback)
    {
        var name = CSharpIdentifier.From(Readable(text ?? string.Empty), fallback, MaxLength);
        return SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : name + "_";
    }

    /// <summary>A type name for <paramref name="text"/>: a member name whose first letter is upper case when all are lower-case ASCII.</summary>
    public static string Type(string? text, string fallback)
    {
        var name = Member(text, fallback);
        foreach (var c in name)
        {
            if (c is < 'a' or > 'z')
            {
                return name;
            }
        }

        return char.ToUpperInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>The text without formatting characters (Unicode category Cf) and surrogates.</summary>
    private static string Readable(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var drop = char.IsSurrogate(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.Format;
            if (drop)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
            else
            {
                builder?.Append(text[i]);
            }
        }

        return builder?.ToString() ?? text;
    }
}
