using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>What a mutation does to a plan text.</summary>
internal enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    DeleteChars,
    DuplicateChars,
    SwapChars,
    InjectMarker,
    InjectWord,
    InjectNumber,
    InjectSpecial,
    LineEndings,
    WidthSwap,
    LongLine,
    BinaryJunk,
    Bom,
    Truncate,
    Empty,
}

/// <summary>
/// One edit of a plan text. Its operands are raw numbers that <see cref="Apply"/> maps onto the text
/// (positions modulo its length), so that any mutation applies to any text and a shrunk mutation
/// (smaller operands) is a smaller edit.
/// </summary>
internal readonly record struct Mutation(MutationKind Kind, int A, int B, int C)
{
    /// <summary>The longest line <see cref="MutationKind.LongLine"/> writes.</summary>
    public const int LongLineLength = 10_000;

    /// <summary>Kinds by weight out of 100: destructive edits are rare, so that most inputs still look like plans.</summary>
    public static MutationKind KindOf(int roll) => roll switch
    {
        < 7 => MutationKind.DeleteLine,
        < 14 => MutationKind.DuplicateLine,
        < 20 => MutationKind.SwapLines,
        < 27 => MutationKind.DeleteChars,
        < 33 => MutationKind.DuplicateChars,
        < 39 => MutationKind.SwapChars,
        < 50 => MutationKind.InjectMarker,
        < 60 => MutationKind.InjectWord,
        < 70 => MutationKind.InjectNumber,
        < 80 => MutationKind.InjectSpecial,
        < 84 => MutationKind.LineEndings,
        < 88 => MutationKind.WidthSwap,
        < 91 => MutationKind.LongLine,
        < 95 => MutationKind.BinaryJunk,
        < 97 => MutationKind.Bom,
        < 99 => MutationKind.Truncate,
        _ => MutationKind.Empty,
    };

    public string Apply(string text)
    {
        switch (Kind)
        {
            case MutationKind.DeleteLine:
            case MutationKind.DuplicateLine:
            case MutationKind.SwapLines:
                return ApplyToLines(text);
            case MutationKind.DeleteChars:
                return text.Length == 0 ? text : text.Remove(At(text.Length), Math.Min(1 + (C % 20), text.Length - At(text.Length)));
            case MutationKind.DuplicateChars:
                if (text.Length == 0)
                {
                    return text;
                }

                var from = At(text.Length);
                return text.Insert(from, text.Substring(from, Math.Min(1 + (C % 40), text.Length - from)));
            case MutationKind.SwapChars:
                return SwapChars(text);
            case MutationKind.InjectMarker:
                return Inject(text, Snippets.Markers);
            case MutationKind.InjectWord:
                return Inject(text, Snippets.Words);
            case MutationKind.InjectNumber:
                return Inject(text, Snippets.Numbers);
            case MutationKind.InjectSpecial:
                return Inject(text, Snippets.Specials);
            case MutationKind.LineEndings:
                return LineEndings(text);
            case MutationKind.WidthSwap:
                return WidthSwap(text);
            case MutationKind.LongLine:
                return text.Insert(At(text.Length + 1), "\n" + LongLine() + "\n");
            case MutationKind.BinaryJunk:
                return text.Insert(At(text.Length + 1), Junk(1 + (C % 2000), (uint)A ^ ((uint)B << 7) ^ 0x9E3779B9u));
            case MutationKind.Bom:
                return text.Insert(At(text.Length + 1), "\uFEFF");
            case MutationKind.Truncate:
                return text.Substring(0, At(text.Length + 1));
            default:
                return (C % 3) switch { 0 => string.Empty, 1 => " \n\t\r\n", _ => "\uFEFF" };
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}({A},{B},{C})");

    /// <summary>Random UTF-16 code units: every plane, lone surrogates, controls and NUL included.</summary>
    public static string Junk(int length, uint state)
    {
        var builder = new StringBuilder(length);
        state |= 1;
        for (var i = 0; i < length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            builder.Append((state % 4) switch
            {
                0 => (char)(state >> 16),
                1 => (char)(0x4E00 + ((state >> 8) % 0x5200)),
                2 => (char)((state >> 8) % 0x80),
                _ => (char)(0xD800 + ((state >> 8) % 0x800)),
            });
        }

        return builder.ToString();
    }

    private int At(int length) => length <= 0 ? 0 : A % length;

    private string ApplyToLines(string text)
    {
        var lines = new List<string>(SeedPlans.LinesOf(text));
        if (lines.Count == 0)
        {
            return text;
        }

        var i = A % lines.Count;
        switch (Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(i);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(i, lines[i].EndsWith('\n') ? lines[i] : lines[i] + "\n");
                break;
            default:
                var j = B % lines.Count;
                (lines[i], lines[j]) = (Terminated(lines[j]), Terminated(lines[i]));
                break;
        }

        return string.Concat(lines);
    }

    private static string Terminated(string line) => line.EndsWith('\n') ? line : line + "\n";

    private string SwapChars(string text)
    {
        if (text.Length < 2)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var i = A % chars.Length;
        var j = B % chars.Length;
        (chars[i], chars[j]) = (chars[j], chars[i]);
        return new string(chars);
    }

    private string Inject(string text, string[] pool)
    {
        var snippet = pool[B % pool.Length];
        var times = 1 + (C % 3);
        var builder = new StringBuilder();
        for (var i = 0; i < times; i++)
        {
            builder.Append(snippet);
        }

        return text.Insert(At(text.Length + 1), builder.ToString());
    }

    private string LineEndings(string text) => (C % 5) switch
    {
        0 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
        1 => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r'),
        2 => text.Replace("\r\n", "\n", StringComparison.Ordinal),
        3 => MixedLineEnds(text),
        _ => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal),
    };

    private static string MixedLineEnds(string text)
    {
        var builder = new StringBuilder(text.Length + 64);
        var n = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                builder.Append((n++ % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
            }
            else if (c != '\r')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>ASCII to full-width (<c>1.</c> → <c>１．</c>) or back, over a stretch of the text.</summary>
    private string WidthSwap(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var start = A % chars.Length;
        var end = (C % 4) == 0 ? chars.Length : Math.Min(chars.Length, start + 1 + (B % 5000));
        var toFull = (C % 2) == 0;
        for (var i = start; i < end; i++)
        {
            var c = chars[i];
            if (toFull && c is > ' ' and <= '~')
            {
                chars[i] = (char)(c - 0x21 + 0xFF01);
            }
            else if (!toFull && c is >= '\uFF01' and <= '\uFF5E')
            {
                chars[i] = (char)(c - 0xFF01 + 0x21);
            }
            else if (c == ' ' && toFull)
            {
                chars[i] = '\u3000';
            }
            else if (c == '\u3000' && !toFull)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// A line of up to <see cref="LongLineLength"/> characters: a snippet and plain words, repeated, with a target every
    /// few hundred characters. (Not a target in every clause: the cost of many targets on one node is measured by
    /// PathologicalInputBenchmarks, and a property run must stay fast.)
    /// </summary>
    private string LongLine()
    {
        var pool = Snippets.Pools[B % Snippets.Pools.Length];
        var snippet = pool[(B / Snippets.Pools.Length) % pool.Length] + "加强基层医疗卫生服务能力建设,推进健康中国行动";
        var length = (C % 3) == 0 ? LongLineLength : 500 + (C % (LongLineLength - 500));
        var builder = new StringBuilder(length + snippet.Length);
        while (builder.Length < length)
        {
            builder.Append(snippet);
            if (builder.Length % 500 < snippet.Length)
            {
                builder.Append("全人群签约率达61%以上,");
            }
        }

        builder.Length = length;
        return builder.ToString();
    }
}
