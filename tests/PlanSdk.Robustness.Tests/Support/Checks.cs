using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>
/// The robustness properties, as checks that return null when an input passes and a description of
/// the failure otherwise (exceptions are failures too: the callers catch them).
/// </summary>
internal static class Checks
{
    /// <summary>
    /// The engine returns (never throws, never reports <see cref="ProblemCode.InternalError"/>, which is
    /// how <see cref="PlanExtractor.Extract"/> reports an exception it caught), every span lies in the text
    /// with lines and columns that match its offsets, and <see cref="PlanReader.Finish"/> names every target
    /// with a C# identifier unique on its node.
    /// </summary>
    public static string? Engine(string id, string text)
    {
        var plan = PlanExtractor.Extract(id, text);
        var lines = new LineMap(text);
        if (plan.Problems.FirstOrDefault(p => p.Code == ProblemCode.InternalError) is { } internalError)
        {
            return "the engine failed: " + internalError.Message;
        }

        foreach (var problem in plan.Problems)
        {
            if (lines.Check(problem.Span) is { } bad)
            {
                return $"problem {problem.Code} has a bad span {problem.Span}: {bad}";
            }
        }

        foreach (var node in plan.AllNodes())
        {
            if (lines.Check(node.Span) is { } bad)
            {
                return $"node '{node.Path}' has a bad span {node.Span}: {bad}";
            }

            foreach (var mention in node.Mentions)
            {
                if (lines.Check(mention.Span) is { } badMention)
                {
                    return $"mention '{mention.Written}' of node '{node.Path}' has a bad span {mention.Span}: {badMention}";
                }
            }
        }

        var finished = PlanReader.Finish(plan);
        foreach (var node in finished.AllNodes())
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in node.Mentions.Where(m => m.IsTarget))
            {
                if (mention.Name is null || !CSharpIdentifier.IsValid(mention.Name))
                {
                    return $"target '{mention.Written}' of node '{node.Path}' is named '{mention.Name}', which is not a C# identifier";
                }

                if (!names.Add(mention.Name))
                {
                    return $"two targets of node '{node.Path}' are named {mention.Name}";
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The generator reports a plan's problems as PLAN diagnostics located in the files it was given (never
    /// CS8785, never an exception), generates one file per plan and the catalogue, each of which parses
    /// cleanly and is readable text (no lone surrogates, no control characters but the line feed); with
    /// <paramref name="compile"/>, the consumer assembly compiles without a single error or warning.
    /// </summary>
    public static string? Generator(IReadOnlyList<(string Path, string Text)> files, GeneratorSettings settings, bool compile)
    {
        var run = GeneratorHost.Run(files, settings);
        var result = run.Result.Results.Single();
        if (result.Exception is { } exception)
        {
            return "the generator threw " + exception;
        }

        return Diagnostics(run, files) ?? Output(run, files, compile);
    }

    private static string? Diagnostics(GeneratorRun run, IReadOnlyList<(string Path, string Text)> files)
    {
        var texts = files.ToDictionary(f => GeneratorHost.ProjectDir + f.Path, f => f.Text, StringComparer.Ordinal);
        foreach (var diagnostic in run.Result.Diagnostics.Concat(run.DriverDiagnostics))
        {
            if (!diagnostic.Id.StartsWith("PLAN", StringComparison.Ordinal))
            {
                return $"the generator reported {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
            }

            var location = diagnostic.Location;
            if (location.Kind != LocationKind.ExternalFile || !texts.TryGetValue(location.GetLineSpan().Path, out var located))
            {
                return $"{diagnostic.Id} is not located in a file of the project: {location}";
            }

            if (location.SourceSpan.End > located.Length)
            {
                return $"{diagnostic.Id} is located past the end of {location.GetLineSpan().Path}: {location.SourceSpan} in {located.Length} characters";
            }
        }

        return null;
    }

    private static string? Output(GeneratorRun run, IReadOnlyList<(string Path, string Text)> files, bool compile)
    {
        var result = run.Result.Results.Single();
        var plans = files.Count(f => f.Path.EndsWith(".txt", StringComparison.Ordinal));
        if (result.GeneratedSources.Length != plans + 1)
        {
            return $"{plans} plans generated {result.GeneratedSources.Length} files: {string.Join(", ", result.GeneratedSources.Select(s => s.HintName))}";
        }

        foreach (var source in result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            if (Unreadable(text) is { } at)
            {
                return $"{source.HintName} holds U+{(char.IsSurrogatePair(text, at) ? char.ConvertToUtf32(text, at) : text[at]):X4} at {at}: {Line(text, at)}";
            }

            if (source.SyntaxTree.GetDiagnostics().FirstOrDefault() is { } syntax)
            {
                return $"{source.HintName} does not parse: {Describe(syntax)}";
            }
        }

        if (compile && run.CompileProblems() is { Count: > 0 } problems)
        {
            return $"the generated code does not compile cleanly ({problems.Count} errors and warnings): "
                + string.Join(" | ", problems.Take(5).Select(Describe));
        }

        return null;
    }

    /// <summary>A compiler diagnostic with the generated line it is on.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        var where = tree is null ? string.Empty : " in " + tree.FilePath.Split('/', '\\').Last() + ": "
            + tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim();
        return $"{diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}{where}";
    }

    /// <summary>
    /// The offset of a character that makes generated code unreadable or misleading, or null: a lone surrogate,
    /// a control character other than <c>\n</c>, a line or paragraph separator (the compiler counts them as line
    /// breaks, editors may not), or an invisible formatting character (zero-width spaces, the BOM, bidirectional
    /// controls, tags: code that reads otherwise than it compiles).
    /// </summary>
    public static int? Unreadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= ' ' and <= '~') or '\n' or (>= '\u4E00' and <= '\u9FFF'))
            {
                continue; // most of the code: ASCII and CJK, readable
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                return i;
            }

            if (char.GetUnicodeCategory(text, i) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return null;
    }

    private static string Line(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        var line = text.Substring(start, (end < 0 ? text.Length : end) - start).Trim();
        return line.Length > 200 ? string.Concat(line.AsSpan(0, 200), "…") : line;
    }

    /// <summary>Lines and columns as the engine counts them: a line ends at <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    private sealed class LineMap
    {
        private readonly int[] _starts;
        private readonly int _length;

        public LineMap(string text)
        {
            _length = text.Length;
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\n' or '\r')
                {
                    starts.Add(i + 1);
                }
            }

            _starts = starts.ToArray();
        }

        public string? Check(SourceSpan span)
        {
            if (span.Start < 0 || span.Length < 0 || span.End > _length)
            {
                return $"offsets {span.Start}+{span.Length} outside the text ({_length} characters)";
            }

            var (line, column) = Position(span.Start);
            var (endLine, endColumn) = Position(span.End);
            return (line, column, endLine, endColumn) == (span.Line, span.Column, span.EndLine, span.EndColumn)
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"offsets {span.Start}+{span.Length} are at ({line},{column})-({endLine},{endColumn})");
        }

        private (int Line, int Column) Position(int offset)
        {
            var index = Array.BinarySearch(_starts, offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, offset - _starts[line] + 1);
        }
    }
}
