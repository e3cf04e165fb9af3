using System.Collections.Generic;
using System.Globalization;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Outline;

/// <summary>
/// Finds the numbered headings of a plan and nests them. A style's level is fixed when the
/// document first uses it (the outermost style seen first is level 1). A marker at the start of
/// a line is a heading; one in the middle of a line is a heading only when it continues its
/// sequence exactly (the next number under its parent, or the next number of a sequence that runs
/// across the document), so that <c>二、三级医院</c> or a stray <c>(一)</c> in prose stay prose.
/// </summary>
internal sealed class OutlineBuilder
{
    private readonly LogicalText _text;
    private readonly QuoteSpans _quotes;
    private readonly List<ExtractionProblem> _problems;
    private readonly Dictionary<NumberingStyle, int> _levelOf = new();
    private readonly Dictionary<NumberingStyle, int> _lastNumberOf = new();
    private readonly List<OutlineDraftNode> _open = new();
    private readonly List<OutlineDraftNode> _nodes = new();
    private int _maxLevel;

    private OutlineBuilder(LogicalText text, QuoteSpans quotes, List<ExtractionProblem> problems)
    {
        _text = text;
        _quotes = quotes;
        _problems = problems;
    }

    public static OutlineDraft Build(LogicalText text, QuoteSpans quotes, List<ExtractionProblem> problems)
    {
        var builder = new OutlineBuilder(text, quotes, problems);
        return builder.Run();
    }

    private OutlineDraft Run()
    {
        var root = new OutlineDraftNode(new MarkerToken(NumberingStyle.None, 0, 0, 0), 0, string.Empty, null);
        _open.Add(root);
        var s = _text.Text;
        var lastEnd = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (i < lastEnd || !MarkerReader.CanStartAt(s[i]) || ContinuesNumber(s, i) || _quotes.Contains(i))
            {
                continue;
            }

            if (!MarkerReader.TryRead(s, i, out var marker))
            {
                continue;
            }

            var placement = PlacementOf(i);
            if (TryAccept(marker, placement))
            {
                lastEnd = marker.End;
                i = marker.End - 1;
            }
        }

        FinishSpans(root);
        return new OutlineDraft(root, _nodes, _maxLevel);
    }

    /// <summary>True when position <paramref name="i"/> is inside a number that started earlier.</summary>
    private static bool ContinuesNumber(string s, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = s[i - 1];
        var c = s[i];
        if (Chars.IsDigit(c))
        {
            return Chars.IsDigit(previous) || Chars.IsLatin(previous) || Chars.IsDecimalPoint(previous) || previous is '/' or '-' or '+';
        }

        return CjkNumeral.IsNumeralChar(c) && (CjkNumeral.IsNumeralChar(previous) || previous == '第');
    }

    private MarkerPlacement PlacementOf(int index)
    {
        var s = _text.Text;
        var i = index - 1;
        while (i >= 0 && Chars.IsSpace(s[i]))
        {
            i--;
        }

        if (i < 0 || s[i] == '\n')
        {
            return MarkerPlacement.LineStart;
        }

        var c = s[i];
        if (c is '”' or '’' or '"' && i > 0 && Chars.IsSentenceEnd(s[i - 1]))
        {
            return MarkerPlacement.AfterSentence;
        }

        if (Chars.IsSentenceEnd(c) || Chars.IsColon(c) || Chars.IsCloseParen(c))
        {
            return MarkerPlacement.AfterSentence;
        }

        return Chars.IsComma(c) ? MarkerPlacement.AfterComma : MarkerPlacement.Inline;
    }

    private bool TryAccept(MarkerToken marker, MarkerPlacement placement)
    {
        if (placement == MarkerPlacement.Inline && !HasHeadingOnSameLine(marker.Start))
        {
            return false;
        }

        if (!_levelOf.TryGetValue(marker.Style, out var level))
        {
            // A style enters the outline with its first number, where a heading can start.
            if (marker.Number != 1 || placement is MarkerPlacement.AfterComma or MarkerPlacement.Inline)
            {
                return false;
            }

            level = _open[_open.Count - 1].Level + 1;
            _levelOf[marker.Style] = level;
            Open(marker, level, _open[_open.Count - 1]);
            return true;
        }

        var parent = ParentFor(level);
        var previous = parent.LastChildNumber;
        _lastNumberOf.TryGetValue(marker.Style, out var lastAnywhere);
        var isNext = previous >= 1 && marker.Number == previous + 1;
        var isRestart = previous == 0 && marker.Number == 1;
        var isContinuation = previous == 0 && lastAnywhere >= 1 && marker.Number == lastAnywhere + 1;
        var expected = isNext || isRestart || isContinuation;
        var accepted = placement switch
        {
            MarkerPlacement.LineStart => true,
            MarkerPlacement.AfterSentence => expected,
            MarkerPlacement.AfterComma => (isNext || isContinuation) && marker.Number >= 2,
            _ => (isNext || isContinuation) && marker.Number >= 2 && marker.Style is not NumberingStyle.Arabic,
        };
        if (!accepted)
        {
            return false;
        }

        if (!expected)
        {
            ReportNumbering(marker, previous, lastAnywhere);
        }

        if (parent.Level < level - 1)
        {
            Report(ProblemCode.LevelJump, marker, $"Heading {Written(marker)} is nested deeper than the level below its parent.");
        }

        Open(marker, level, parent);
        return true;
    }

    private OutlineDraftNode ParentFor(int level)
    {
        for (var k = _open.Count - 1; k >= 0; k--)
        {
            if (_open[k].Level < level)
            {
                return _open[k];
            }
        }

        return _open[0];
    }

    private void Open(MarkerToken marker, int level, OutlineDraftNode parent)
    {
        while (_open.Count > 1 && _open[_open.Count - 1].Level >= level)
        {
            _open.RemoveAt(_open.Count - 1);
        }

        var path = parent.Path.Length == 0
            ? marker.Number.ToString(CultureInfo.InvariantCulture)
            : parent.Path + "/" + marker.Number.ToString(CultureInfo.InvariantCulture);
        var node = new OutlineDraftNode(marker, level, path, parent);
        parent.LastChildNumber = marker.Number;
        parent.HasChildren = true;
        _lastNumberOf[marker.Style] = marker.Number;
        _open.Add(node);
        _nodes.Add(node);
        if (level > _maxLevel)
        {
            _maxLevel = level;
        }
    }

    private bool HasHeadingOnSameLine(int index)
    {
        if (_nodes.Count == 0)
        {
            return false;
        }

        var last = _nodes[_nodes.Count - 1].Marker.Start;
        var lineStart = _text.Text.LastIndexOf('\n', index - 1 < 0 ? 0 : index - 1);
        return last > lineStart;
    }

    private void ReportNumbering(MarkerToken marker, int previous, int lastAnywhere)
    {
        var written = Written(marker);
        if (previous == 0)
        {
            var expected = lastAnywhere >= 1 ? $"1 or {lastAnywhere + 1}" : "1";
            Report(ProblemCode.SkippedNumber, marker, $"Heading {written} starts its list at {marker.Number}; expected {expected}.");
        }
        else if (marker.Number == previous)
        {
            Report(ProblemCode.DuplicateNumber, marker, $"Heading {written} repeats number {marker.Number} of the heading before it.");
        }
        else if (marker.Number < previous)
        {
            Report(ProblemCode.NumberOutOfOrder, marker, $"Heading {written} comes after number {previous}.");
        }
        else
        {
            Report(ProblemCode.SkippedNumber, marker, $"Heading {written} skips from {previous} to {marker.Number}.");
        }
    }

    private string Written(MarkerToken marker) => _text.Slice(marker.Start, marker.End);

    private void Report(ProblemCode code, MarkerToken marker, string message) =>
        _problems.Add(new ExtractionProblem(code, message, _text.Span(marker.Start, marker.End)));

    private void FinishSpans(OutlineDraftNode root)
    {
        root.OwnEnd = _nodes.Count > 0 ? _nodes[0].Marker.Start : _text.Length;
        root.TitleEnd = 0;
        for (var k = 0; k < _nodes.Count; k++)
        {
            var node = _nodes[k];
            node.OwnEnd = k + 1 < _nodes.Count ? _nodes[k + 1].Marker.Start : _text.Length;
            node.TitleEnd = TitleReader.FindTitleEnd(_text.Text, node.Marker.End, node.OwnEnd);
            node.Title = TitleReader.Clean(_text.Text, node.Marker.End, node.TitleEnd);
        }
    }
}
