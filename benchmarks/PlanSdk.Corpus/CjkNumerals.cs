using System;
using System.Text;

namespace PlanSdk.Corpus;

/// <summary>Writes numbers as the CJK numerals of headings (<c>一</c>, <c>十四</c>, <c>二十三</c>).</summary>
internal static class CjkNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Format(int number)
    {
        if (number is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Headings are numbered 1 to 99.");
        }

        var builder = new StringBuilder(3);
        var tens = number / 10;
        var ones = number % 10;
        if (tens > 0)
        {
            if (tens > 1)
            {
                builder.Append(Digits[tens]);
            }

            builder.Append('十');
        }

        if (ones > 0)
        {
            builder.Append(Digits[ones]);
        }

        return builder.ToString();
    }
}
