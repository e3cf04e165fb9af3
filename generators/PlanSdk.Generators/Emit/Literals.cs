using System.Globalization;
using System.Text;

namespace PlanSdk.Generators.Emit;

/// <summary>
/// C# literals and XML doc text for any string: quotes, backslashes, line breaks, U+2028/2029, surrogates,
/// control characters, and invisible formatting characters (zero-width spaces, BOMs, bidirectional controls,
/// tags), which are escaped in literals and left out of docs, so that the code reads as it compiles.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal, readable: printable characters as they are, the rest escaped.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        if (IsInvisible(value, i))
                        {
                            builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c).Append(value[i + 1]);
                        }

                        i++;
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || IsInvisible(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A decimal literal (<c>61m</c>, <c>0.5m</c>) or <c>null</c>.</summary>
    public static string Decimal(decimal? value) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    /// <summary>An int literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment on one line: <c>&amp; &lt; &gt;</c> escaped, line breaks and control characters as spaces.</summary>
    public static string XmlText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        if (IsInvisible(value, i))
                        {
                            builder.Append(' ');
                        }
                        else
                        {
                            builder.Append(c).Append(value[i + 1]);
                        }

                        i++;
                    }
                    else
                    {
                        builder.Append(char.IsControl(c) || char.IsSurrogate(c) || IsInvisible(value, i) ? ' ' : c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True for a character that shows nothing or changes how the text around it is displayed: formatting
    /// characters (Cf: zero-width spaces and joiners, the BOM, bidirectional controls, tags) and the line and
    /// paragraph separators, which the compiler counts as line breaks but editors may not.
    /// </summary>
    private static bool IsInvisible(string value, int index) => CharUnicodeInfo.GetUnicodeCategory(value, index)
        is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
