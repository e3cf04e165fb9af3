using PlanSdk.Extraction.Noise;
using PlanSdk.Extraction.Outline;

namespace PlanSdk.Extraction.Text;

/// <summary>Builds the <see cref="LogicalText"/> from the original text and its noise map.</summary>
internal static class LogicalTextBuilder
{
    private const int MaxHeadingLineLength = 50;

    public static LogicalText Build(SourceText source, NoiseMap noise)
    {
        var builder = new LogicalText.Builder();
        var inline = noise.InlineNoise;
        var nextNoise = 0;
        var joinWithPrevious = false;
        for (var line = 0; line < source.LineCount; line++)
        {
            if (noise.Roles[line] != LineRole.Content)
            {
                joinWithPrevious = false;
                continue;
            }

            var start = source.LineStart(line);
            var end = source.LineEnd(line);
            if (builder.Length > 0 && !joinWithPrevious && builder.Last != '\n')
            {
                builder.Append('\n', start == 0 ? 0 : start - 1);
            }

            for (var i = start; i < end; i++)
            {
                while (nextNoise < inline.Count && inline[nextNoise].End <= i)
                {
                    nextNoise++;
                }

                if (nextNoise < inline.Count && inline[nextNoise].Start <= i)
                {
                    continue;
                }

                builder.Append(source.Text[i], i);
            }

            joinWithPrevious = line + 1 < source.LineCount
                && noise.Roles[line + 1] == LineRole.Content
                && IsSoftBreak(source.LineText(line), source.LineText(line + 1));
        }

        return builder.Build(source);
    }

    /// <summary>
    /// A line break inside a sentence, as PDF copies make: the line does not end a sentence or a
    /// clause group, it is not a heading on its own, and the next line does not start a heading.
    /// </summary>
    private static bool IsSoftBreak(string current, string next)
    {
        var end = current.Length;
        while (end > 0 && Chars.IsSpace(current[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return false;
        }

        var last = current[end - 1];
        if (Chars.IsSentenceEnd(last) || Chars.IsColon(last) || Chars.IsCloseParen(last))
        {
            return false;
        }

        var nextStart = SkipSpaces(next, 0);
        if (nextStart >= next.Length || MarkerReader.TryRead(next, nextStart, out _))
        {
            return false;
        }

        var start = SkipSpaces(current, 0);
        return !(MarkerReader.TryRead(current, start, out _) && end - start <= MaxHeadingLineLength && !HasClausePunctuation(current));
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && Chars.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool HasClausePunctuation(string text)
    {
        foreach (var c in text)
        {
            if (Chars.IsSentenceEnd(c) || Chars.IsComma(c))
            {
                return true;
            }
        }

        return false;
    }
}
