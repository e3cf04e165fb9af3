using System;
using System.Collections.Generic;

namespace PlanSdk.Extraction.Corrections;

/// <summary>A JSON value read by <see cref="JsonReader"/>, located in the text it was read from.</summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonValue> NoItems = Array.Empty<JsonValue>();
    private static readonly IReadOnlyList<JsonProperty> NoProperties = Array.Empty<JsonProperty>();

    private JsonValue(JsonKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    /// <summary>What kind of value it is.</summary>
    public JsonKind Kind { get; }

    /// <summary>Where the value is written: from its first character to just after its last (1-based lines and columns).</summary>
    public SourceSpan Span { get; }

    /// <summary>The text of a string value, else null.</summary>
    public string? String { get; private set; }

    /// <summary>The number of a number value, else 0.</summary>
    public decimal Number { get; private set; }

    /// <summary>The value of a boolean, else false.</summary>
    public bool Boolean { get; private set; }

    /// <summary>The items of an array, in order; empty for other kinds.</summary>
    public IReadOnlyList<JsonValue> Items { get; private set; } = NoItems;

    /// <summary>The properties of an object, in file order; empty for other kinds.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; private set; } = NoProperties;

    /// <summary>The kind in words, for messages: <c>a string</c>, <c>an object</c>, <c>null</c>…</summary>
    public string Description => Describe(Kind);

    /// <summary>The kind in words, for messages.</summary>
    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "a boolean",
        JsonKind.Number => "a number",
        JsonKind.String => "a string",
        JsonKind.Array => "an array",
        _ => "an object",
    };

    public static JsonValue Null(SourceSpan span) => new(JsonKind.Null, span);

    public static JsonValue Bool(bool value, SourceSpan span) => new(JsonKind.Boolean, span) { Boolean = value };

    public static JsonValue Num(decimal value, SourceSpan span) => new(JsonKind.Number, span) { Number = value };

    public static JsonValue Str(string value, SourceSpan span) => new(JsonKind.String, span) { String = value };

    public static JsonValue Arr(IReadOnlyList<JsonValue> items, SourceSpan span) => new(JsonKind.Array, span) { Items = items };

    public static JsonValue Obj(IReadOnlyList<JsonProperty> properties, SourceSpan span) => new(JsonKind.Object, span) { Properties = properties };
}

/// <summary>A property of a JSON object: its name, where the name is written, and its value.</summary>
/// <param name="Name">The property name, escapes decoded.</param>
/// <param name="NameSpan">Where the name (with its quotes) is written.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonProperty(string Name, SourceSpan NameSpan, JsonValue Value);

/// <summary>Why a text is not JSON, and where: the offending character or the end of the text.</summary>
/// <param name="Message">What is wrong, in plain English.</param>
/// <param name="Span">Where (1-based line and column).</param>
internal sealed record JsonError(string Message, SourceSpan Span);
