using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PlanSdk.Extraction.Text;

namespace PlanSdk.Extraction.Corrections;

/// <summary>
/// A small, strict JSON reader (RFC 8259) for the corrections file: objects, arrays, strings with
/// every escape (<c>\uXXXX</c> and surrogate pairs included), numbers read as decimals in the
/// invariant culture, <c>true</c>, <c>false</c> and <c>null</c>. Duplicate keys, trailing commas,
/// comments, single quotes, leading zeros and unescaped control characters are errors. Every value
/// carries its 1-based line and column, and so does every error. It never throws.
/// </summary>
/// <remarks>
/// Why not System.Text.Json: this engine is loaded by the source generator inside whatever
/// compiler host builds a project (csc, the build server, an IDE). A generator must not ship
/// System.Text.Json: the host may already load another version of it, and netstandard2.0 hosts do
/// not have it at all. The corrections file is small and its format fixed, so a reader of a few
/// hundred lines is the cheaper dependency.
/// </remarks>
internal static class JsonReader
{
    /// <summary>How deeply arrays and objects may nest (the corrections format needs four levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads a JSON text holding one value.</summary>
    /// <param name="text">The text; a leading byte order mark is skipped (positions still count it).</param>
    /// <param name="error">Why the text is not JSON, and where; null when it is.</param>
    /// <returns>The value, or null when the text is not JSON.</returns>
    public static JsonValue? Read(string text, out JsonError? error)
    {
        var parser = new Parser(text ?? string.Empty);
        var value = parser.ReadDocument();
        error = parser.Error;
        return error is null ? value : null;
    }

    private sealed class Parser
    {
        private readonly string _text;
        private readonly SourceText _source;
        private int _pos;
        private int _depth;

        public Parser(string text)
        {
            _text = text;
            _source = new SourceText(text);
        }

        public JsonError? Error { get; private set; }

        public JsonValue? ReadDocument()
        {
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
            }

            SkipWhitespace();
            var value = ReadValue();
            if (value is null)
            {
                return null;
            }

            SkipWhitespace();
            return _pos < _text.Length ? Fail($"unexpected {Found()} after the end of the JSON value", _pos, 1) : value;
        }

        private JsonValue? ReadValue()
        {
            if (_pos >= _text.Length)
            {
                return Fail("expected a value, found the end of the text", _pos, 0);
            }

            var start = _pos;
            switch (_text[_pos])
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    var text = ReadString();
                    return text is null ? null : JsonValue.Str(text, SpanFrom(start));
                case '-':
                case >= '0' and <= '9':
                    return ReadNumber();
                case '\'':
                    return Fail("strings take double quotes (\"), not single quotes", _pos, 1);
                case '/':
                    return Fail("comments are not allowed in JSON", _pos, 1);
                default:
                    return ReadLiteral();
            }
        }

        private JsonValue? ReadLiteral()
        {
            var start = _pos;
            while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }

            var word = _text.Substring(start, _pos - start);
            switch (word)
            {
                case "true":
                    return JsonValue.Bool(true, SpanFrom(start));
                case "false":
                    return JsonValue.Bool(false, SpanFrom(start));
                case "null":
                    return JsonValue.Null(SpanFrom(start));
                case "":
                    _pos = start;
                    return Fail($"expected a value, found {Found()}", start, 1);
                default:
                    return Fail($"unknown word '{word}': a value is an object, an array, a string in double quotes, a number, true, false or null", start, word.Length);
            }
        }

        private JsonValue? ReadObject()
        {
            var start = _pos;
            if (!Enter())
            {
                return null;
            }

            _pos++;
            var properties = new List<JsonProperty>();
            var seen = new Dictionary<string, JsonProperty>();
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == '}')
            {
                _pos++;
                _depth--;
                return JsonValue.Obj(properties, SpanFrom(start));
            }

            while (true)
            {
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return Fail($"the object that opens at {Where(start)} is not closed: expected a property name or '}}'", _pos, 0);
                }

                if (_text[_pos] != '"')
                {
                    var message = _text[_pos] == '}' && properties.Count > 0
                        ? "expected a property name after ',' (JSON allows no trailing comma)"
                        : $"expected a property name in double quotes, found {Found()}";
                    return Fail(message, _pos, 1);
                }

                var nameStart = _pos;
                var name = ReadString();
                if (name is null)
                {
                    return null;
                }

                var nameSpan = SpanFrom(nameStart);
                if (seen.TryGetValue(name, out var first))
                {
                    return Fail($"duplicate key \"{name}\" (first written at {Where(first.NameSpan.Start)})", nameStart, _pos - nameStart);
                }

                SkipWhitespace();
                if (_pos >= _text.Length || _text[_pos] != ':')
                {
                    return Fail($"expected ':' after the property name \"{name}\", found {Found()}", _pos, 1);
                }

                _pos++;
                SkipWhitespace();
                var value = ReadValue();
                if (value is null)
                {
                    return null;
                }

                var property = new JsonProperty(name, nameSpan, value);
                seen.Add(name, property);
                properties.Add(property);
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return Fail($"the object that opens at {Where(start)} is not closed: expected ',' or '}}'", _pos, 0);
                }

                if (_text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_text[_pos] == '}')
                {
                    _pos++;
                    _depth--;
                    return JsonValue.Obj(properties, SpanFrom(start));
                }

                return Fail($"expected ',' or '}}' after the value of \"{name}\", found {Found()}", _pos, 1);
            }
        }

        private JsonValue? ReadArray()
        {
            var start = _pos;
            if (!Enter())
            {
                return null;
            }

            _pos++;
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == ']')
            {
                _pos++;
                _depth--;
                return JsonValue.Arr(items, SpanFrom(start));
            }

            while (true)
            {
                SkipWhitespace();
                if (_pos < _text.Length && _text[_pos] == ']' && items.Count > 0)
                {
                    return Fail("expected a value after ',' (JSON allows no trailing comma)", _pos, 1);
                }

                var item = ReadValue();
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    return Fail($"the array that opens at {Where(start)} is not closed: expected ',' or ']'", _pos, 0);
                }

                if (_text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                if (_text[_pos] == ']')
                {
                    _pos++;
                    _depth--;
                    return JsonValue.Arr(items, SpanFrom(start));
                }

                return Fail($"expected ',' or ']' after an array item, found {Found()}", _pos, 1);
            }
        }

        private bool Enter()
        {
            if (++_depth <= MaxDepth)
            {
                return true;
            }

            Fail($"arrays and objects nest deeper than {MaxDepth} levels", _pos, 1);
            return false;
        }

        /// <summary>Reads a string whose opening quote is at the current position; null on error.</summary>
        private string? ReadString()
        {
            var start = _pos;
            _pos++;
            StringBuilder? builder = null;
            var runStart = _pos;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    Fail($"the string that opens at {Where(start)} is not closed", _pos, 0);
                    return null;
                }

                var c = _text[_pos];
                if (c == '"')
                {
                    var text = builder is null
                        ? _text.Substring(runStart, _pos - runStart)
                        : builder.Append(_text, runStart, _pos - runStart).ToString();
                    _pos++;
                    return text;
                }

                if (c < ' ')
                {
                    var message = c is '\n' or '\r'
                        ? $"the string that opens at {Where(start)} is not closed before the end of the line"
                        : $"control character U+{(int)c:X4} in a string: write it as an escape (\\u{(int)c:X4})";
                    Fail(message, _pos, 1);
                    return null;
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _pos - runStart);
                if (!ReadEscape(builder))
                {
                    return null;
                }

                runStart = _pos;
            }
        }

        /// <summary>Reads the escape whose backslash is at the current position into <paramref name="builder"/>.</summary>
        private bool ReadEscape(StringBuilder builder)
        {
            var start = _pos;
            if (_pos + 1 >= _text.Length)
            {
                Fail("the string is not closed: the text ends after a backslash", _pos + 1, 0);
                return false;
            }

            var e = _text[_pos + 1];
            _pos += 2;
            switch (e)
            {
                case '"':
                case '\\':
                case '/':
                    builder.Append(e);
                    return true;
                case 'b':
                    builder.Append('\b');
                    return true;
                case 'f':
                    builder.Append('\f');
                    return true;
                case 'n':
                    builder.Append('\n');
                    return true;
                case 'r':
                    builder.Append('\r');
                    return true;
                case 't':
                    builder.Append('\t');
                    return true;
                case 'u':
                    break;
                default:
                    Fail($"unknown escape '\\{e}': the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", start, 2);
                    return false;
            }

            if (ReadHex() is not { } unit)
            {
                return false;
            }

            if (char.IsLowSurrogate(unit))
            {
                Fail($"\\u{(int)unit:X4} is the second half of a surrogate pair with no first half before it", start, 6);
                return false;
            }

            if (char.IsHighSurrogate(unit))
            {
                var lowStart = _pos;
                if (_pos + 1 >= _text.Length || _text[_pos] != '\\' || _text[_pos + 1] != 'u')
                {
                    Fail($"\\u{(int)unit:X4} is the first half of a surrogate pair: it must be followed by the second half (\\uDC00 to \\uDFFF)", start, 6);
                    return false;
                }

                _pos += 2;
                if (ReadHex() is not { } low)
                {
                    return false;
                }

                if (!char.IsLowSurrogate(low))
                {
                    Fail($"\\u{(int)unit:X4} is the first half of a surrogate pair: \\u{(int)low:X4} is not a second half (\\uDC00 to \\uDFFF)", lowStart, 6);
                    return false;
                }

                builder.Append(unit).Append(low);
                return true;
            }

            builder.Append(unit);
            return true;
        }

        /// <summary>Reads the four hex digits after a <c>\u</c>.</summary>
        private char? ReadHex()
        {
            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                var digit = _pos < _text.Length ? HexValue(_text[_pos]) : -1;
                if (digit < 0)
                {
                    Fail($"\\u must be followed by four hex digits, found {Found()}", _pos, 1);
                    return null;
                }

                value = (value * 16) + digit;
                _pos++;
            }

            return (char)value;
        }

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        private JsonValue? ReadNumber()
        {
            var start = _pos;
            if (_text[_pos] == '-')
            {
                _pos++;
            }

            if (!IsDigit(_pos))
            {
                return Fail($"expected a digit after '-', found {Found()}", _pos, 1);
            }

            if (_text[_pos] == '0')
            {
                _pos++;
                if (IsDigit(_pos))
                {
                    return Fail("a number cannot start with 0 followed by more digits", start, _pos - start + 1);
                }
            }
            else
            {
                SkipDigits();
            }

            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                if (!IsDigit(_pos))
                {
                    return Fail($"expected a digit after the decimal point, found {Found()}", _pos, 1);
                }

                SkipDigits();
            }

            if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
            {
                _pos++;
                if (_pos < _text.Length && _text[_pos] is '+' or '-')
                {
                    _pos++;
                }

                if (!IsDigit(_pos))
                {
                    return Fail($"expected a digit in the exponent, found {Found()}", _pos, 1);
                }

                SkipDigits();
            }

            var written = _text.Substring(start, _pos - start);
            const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
            return decimal.TryParse(written, Styles, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Num(number, SpanFrom(start))
                : Fail($"the number {written} is out of range", start, _pos - start);
        }

        private bool IsDigit(int at) => at < _text.Length && _text[at] is >= '0' and <= '9';

        private void SkipDigits()
        {
            while (IsDigit(_pos))
            {
                _pos++;
            }
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
        }

        /// <summary>The character at the current position, in words, for messages.</summary>
        private string Found()
        {
            if (_pos >= _text.Length)
            {
                return "the end of the text";
            }

            var c = _text[_pos];
            return c switch
            {
                '\n' or '\r' => "the end of the line",
                < ' ' => $"control character U+{(int)c:X4}",
                _ when char.IsHighSurrogate(c) && _pos + 1 < _text.Length => $"'{_text.Substring(_pos, 2)}'",
                _ => $"'{c}'",
            };
        }

        private string Where(int offset)
        {
            var span = _source.Span(offset, 0);
            return $"line {span.Line}, column {span.Column}";
        }

        private SourceSpan SpanFrom(int start) => _source.Span(start, _pos - start);

        private JsonValue? Fail(string message, int at, int length)
        {
            Error ??= new JsonError(message, _source.Span(at, length));
            return null;
        }
    }
}
