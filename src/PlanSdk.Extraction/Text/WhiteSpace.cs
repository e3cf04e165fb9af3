using System.Text;

namespace PlanSdk.Extraction.Text;

/// <summary>Text compared without its white space, as PDF line breaks and stray spaces split words (<c>5 岁以下</c>).</summary>
internal static class WhiteSpace
{
    /// <summary>The text without white space (<see cref="char.IsWhiteSpace(char)"/>, which includes U+3000).</summary>
    public static string Remove(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }
}
