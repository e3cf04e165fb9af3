using System;
using System.Text;

namespace PlanSdk.Extraction.Text;

/// <summary>
/// The text the engine reads: the original with noise left out and PDF line breaks inside a
/// sentence joined, every character mapped back to its offset in the original text.
/// Paragraph breaks are kept as <c>\n</c>.
/// </summary>
internal sealed class LogicalText
{
    private readonly int[] _map;

    public LogicalText(SourceText source, string text, int[] map)
    {
        Source = source;
        Text = text;
        _map = map;
    }

    public SourceText Source { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>The original offset of a logical character (or, at the end, just after the last one).</summary>
    public int Original(int index)
    {
        if (index < Text.Length)
        {
            return _map[index];
        }

        return Text.Length == 0 ? 0 : _map[Text.Length - 1] + 1;
    }

    /// <summary>The original span covering logical characters <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public SourceSpan Span(int start, int end)
    {
        if (end <= start)
        {
            var at = Original(start);
            return Source.Span(at, 0);
        }

        var first = Original(start);
        var last = Original(end - 1) + 1;
        return Source.Span(first, Math.Max(0, last - first));
    }

    public string Slice(int start, int end) => end <= start ? string.Empty : Text.Substring(start, end - start);

    /// <summary>A builder that appends characters with their original offsets.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private int[] _map = new int[256];

        public int Length => _text.Length;

        public char Last => _text[_text.Length - 1];

        public void Append(char c, int originalOffset)
        {
            if (_text.Length == _map.Length)
            {
                Array.Resize(ref _map, _map.Length * 2);
            }

            _map[_text.Length] = originalOffset;
            _text.Append(c);
        }

        public LogicalText Build(SourceText source) => new(source, _text.ToString(), _map);
    }
}
