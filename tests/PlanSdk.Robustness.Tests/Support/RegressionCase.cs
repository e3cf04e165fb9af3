using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>
/// A failing input saved for good (<c>Regressions/*.case</c>): the plan files of one generator run, escaped so
/// that any UTF-16 text (NUL, lone surrogates, CR, BOM, trailing spaces) survives git and editors.
/// </summary>
/// <remarks>
/// Format: comment lines starting with <c>#</c>, then for each file a line <c>file: PATH</c> followed by
/// its text. In the text, <c>\\</c>, <c>\r</c>, <c>\n</c> and <c>\uXXXX</c> are escapes; the real line
/// breaks of the file only make it readable (one is written after each <c>\n</c>) and are ignored.
/// </remarks>
/// <param name="Comments">What found it and why it failed.</param>
/// <param name="Files">The files (plans, corrections, locks), with paths relative to the project.</param>
internal sealed record RegressionCase(IReadOnlyList<string> Comments, IReadOnlyList<(string Path, string Text)> Files)
{
    private const string FilePrefix = "file: ";

    /// <summary>The folder of the committed cases in the source tree (to write new ones).</summary>
    public static string SourceFolder([CallerFilePath] string caller = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(caller)!)!, "Regressions");

    /// <summary>The folder of the cases copied beside the tests (to replay them).</summary>
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "Regressions");

    public static RegressionCase Parse(string content)
    {
        var comments = new List<string>();
        var files = new List<(string, string)>();
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith(FilePrefix, StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    files.Add((path, Unescape(body.ToString())));
                }

                path = Unescape(line.Substring(FilePrefix.Length));
                body.Clear();
            }
            else if (path is null)
            {
                if (line.StartsWith('#'))
                {
                    comments.Add(line.Substring(1).Trim());
                }
            }
            else
            {
                body.Append(line);
            }
        }

        if (path is not null)
        {
            files.Add((path, Unescape(body.ToString())));
        }

        return new RegressionCase(comments, files);
    }

    public string Format()
    {
        var builder = new StringBuilder();
        foreach (var comment in Comments)
        {
            builder.Append("# ").Append(Escape(comment, multiline: false)).Append('\n');
        }

        foreach (var (path, text) in Files)
        {
            builder.Append(FilePrefix).Append(Escape(path, multiline: false)).Append('\n');
            builder.Append(Escape(text, multiline: true));
            if (text.Length > 0 && !text.EndsWith('\n'))
            {
                builder.Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes the case into the source tree's Regressions folder and returns its path.</summary>
    public string Save(string name)
    {
        var folder = SourceFolder();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".case");
        File.WriteAllText(path, Format(), new UTF8Encoding(false));
        return path;
    }

    private static string Escape(string text, bool multiline)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                builder.Append("\\\\");
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
                if (multiline)
                {
                    builder.Append('\n');
                }
            }
            else if (c == '\r')
            {
                builder.Append("\\r");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) && (i + 1 == text.Length || text[i + 1] is '\n' or '\r')
                || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                || lineStart && multiline && c is '#' or 'f')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }

            lineStart = c == '\n';
        }

        return builder.ToString();
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                builder.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'u':
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }
}
