using System.Linq;
using PlanSdk.Extraction.Corrections;
using Xunit;

namespace PlanSdk.Extraction.Tests.Corrections;

/// <summary>The corrections file's strict JSON reader: values, escapes, positions, and errors with their line and column.</summary>
public sealed class JsonReaderTests
{
    [Theory]
    [InlineData("null", "Null")]
    [InlineData("true", "Boolean")]
    [InlineData("false", "Boolean")]
    [InlineData("0", "Number")]
    [InlineData("\"\"", "String")]
    [InlineData("[]", "Array")]
    [InlineData("{}", "Object")]
    [InlineData(" \t\r\n [ ] \n", "Array")]
    [InlineData("\uFEFF{}", "Object")]
    public void Value_OfEachKind_IsRead(string json, string kind)
    {
        var value = Read(json);

        Assert.Equal(kind, value.Kind.ToString());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Boolean_IsRead(string json, bool expected) => Assert.Equal(expected, Read(json).Boolean);

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("120", "120")]
    [InlineData("-7", "-7")]
    [InlineData("61.5", "61.5")]
    [InlineData("0.001", "0.001")]
    [InlineData("1e3", "1000")]
    [InlineData("2.5E-1", "0.25")]
    [InlineData("1E+2", "100")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Number_IsReadAsDecimal(string json, string expected)
    {
        var value = Read(json);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"签约率\"", "签约率")]
    [InlineData("\"a\\\"b\"", "a\"b")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"a\\/b\"", "a/b")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u0041\\u00e9\"", "Aé")]
    [InlineData("\"\\u7b7e\\u7EA6\"", "签约")]
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")]
    [InlineData("\"x\\uD840\\uDC00y\"", "x\U00020000y")]
    [InlineData("\"\U0001F600\"", "\U0001F600")]
    public void String_WithEscapes_IsDecoded(string json, string expected) => Assert.Equal(expected, Read(json).String);

    [Fact]
    public void Object_KeepsItsPropertiesInFileOrder()
    {
        var value = Read("{ \"b\": 1, \"a\": [true, null, \"x\"], \"c\": {} }");

        Assert.Equal(new[] { "b", "a", "c" }, value.Properties.Select(p => p.Name).ToArray());
        Assert.Equal(new[] { JsonKind.Boolean, JsonKind.Null, JsonKind.String }, value.Properties[1].Value.Items.Select(i => i.Kind).ToArray());
        Assert.Empty(value.Properties[2].Value.Properties);
    }

    [Fact]
    public void Values_CarryTheirLineAndColumn()
    {
        var value = Read("{\n  \"path\": \"15\",\r\n  \"value\": 120,\n  \"list\": [ null ]\n}");

        Assert.Equal((1, 1, 5, 2), Position(value));
        Assert.Equal((2, 3, 2, 9), Position(value.Properties[0].NameSpan));
        Assert.Equal((2, 11, 2, 15), Position(value.Properties[0].Value));
        Assert.Equal((3, 12, 3, 15), Position(value.Properties[1].Value));
        Assert.Equal((4, 11, 4, 19), Position(value.Properties[2].Value));
        Assert.Equal((4, 13, 4, 17), Position(value.Properties[2].Value.Items[0]));
    }

    [Fact]
    public void Columns_CountUtf16CodeUnits()
    {
        var value = Read("[\"签约率\", \"\U0001F600\", 1]");

        Assert.Equal(9, value.Items[1].Span.Column);
        Assert.Equal(15, value.Items[2].Span.Column);
    }

    [Theory]
    [InlineData("", 1, 1, "expected a value, found the end of the text")]
    [InlineData("   ", 1, 4, "expected a value")]
    [InlineData("{", 1, 2, "is not closed")]
    [InlineData("[1,", 1, 4, "expected a value")]
    [InlineData("[1 2]", 1, 4, "expected ',' or ']'")]
    [InlineData("[1,]", 1, 4, "trailing comma")]
    [InlineData("{\"a\":1,}", 1, 8, "trailing comma")]
    [InlineData("{\"a\" 1}", 1, 6, "expected ':'")]
    [InlineData("{a:1}", 1, 2, "property name in double quotes")]
    [InlineData("{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}'")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "duplicate key \"a\" (first written at line 2, column 3)")]
    [InlineData("{} {}", 1, 4, "after the end of the JSON value")]
    [InlineData("'a'", 1, 1, "double quotes")]
    [InlineData("// note\n{}", 1, 1, "comments")]
    [InlineData("True", 1, 1, "unknown word 'True'")]
    [InlineData("nul", 1, 1, "unknown word 'nul'")]
    [InlineData("[1,\n  None]", 2, 3, "unknown word 'None'")]
    [InlineData("01", 1, 1, "cannot start with 0")]
    [InlineData("-", 1, 2, "expected a digit after '-'")]
    [InlineData("1.", 1, 3, "after the decimal point")]
    [InlineData(".5", 1, 1, "expected a value")]
    [InlineData("1e", 1, 3, "in the exponent")]
    [InlineData("+1", 1, 1, "expected a value")]
    [InlineData("1e400", 1, 1, "out of range")]
    [InlineData("\"abc", 1, 5, "is not closed")]
    [InlineData("[\"abc\n\"]", 1, 6, "not closed before the end of the line")]
    [InlineData("\"a\tb\"", 1, 3, "control character U+0009")]
    [InlineData("\"a\\x\"", 1, 3, "unknown escape '\\x'")]
    [InlineData("\"\\u12G4\"", 1, 6, "four hex digits")]
    [InlineData("\"\\ud83d\"", 1, 2, "first half of a surrogate pair")]
    [InlineData("\"\\ud83d\\u0041\"", 1, 8, "is not a second half")]
    [InlineData("\"\\ude00\"", 1, 2, "second half of a surrogate pair")]
    [InlineData("{\"a\":\n  [1, 2}", 2, 8, "expected ',' or ']'")]
    public void Invalid_Text_GivesAnErrorAtItsLineAndColumn(string json, int line, int column, string message)
    {
        var value = JsonReader.Read(json, out var error);

        Assert.Null(value);
        Assert.NotNull(error);
        Assert.Contains(message, error.Message, System.StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void Nesting_IsLimited(int depth, bool valid)
    {
        var json = new string('[', depth) + new string(']', depth);

        var value = JsonReader.Read(json, out var error);

        Assert.Equal(valid, value is not null);
        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void DeepNesting_DoesNotOverflowTheStack()
    {
        var value = JsonReader.Read(new string('[', 100_000), out var error);

        Assert.Null(value);
        Assert.Contains("deeper than 64", error!.Message, System.StringComparison.Ordinal);
    }

    private static JsonValue Read(string json)
    {
        var value = JsonReader.Read(json, out var error);
        Assert.True(error is null, error?.Message);
        return value!;
    }

    private static (int, int, int, int) Position(JsonValue value) => Position(value.Span);

    private static (int, int, int, int) Position(SourceSpan span) => (span.Line, span.Column, span.EndLine, span.EndColumn);
}
