using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PlanSdk.Json;

namespace PlanSdk;

/// <summary>
/// The JSON export of spec section 3: one object per plan (<c>id</c>, <c>title</c>, <c>issuer</c>,
/// <c>year</c>, <c>nodes</c>), written by System.Text.Json source-generated metadata.
/// </summary>
/// <remarks>
/// <para>
/// Output is deterministic: properties in spec order, nodes and targets in document order,
/// two-space indentation, <c>\n</c> line ends and one final <c>\n</c>, numbers culture-invariant and
/// decimals without trailing zeros (<c>61</c>, <c>0.5</c>). <c>malformed: true</c> is written
/// only for a target whose number cannot be read. The root (path <c>""</c>), listed only when it
/// holds targets, is written with kind <c>root</c>; sections and tasks with <c>section</c> and <c>task</c>.
/// </para>
/// <para>
/// Text is written as UTF-8 with CJK characters and symbols such as <c>&gt;=</c> unescaped
/// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>): the default encoder escapes every
/// non-ASCII character and the HTML-sensitive <c>&lt; &gt; &amp; '</c>, which would turn
/// <c>全人群签约率</c> into <c>\u5168…</c> and <c>&gt;=</c> into <c>\u003E=</c>. That protection is for
/// JSON embedded in HTML or script; the export is a data file, read by people and by the scorer.
/// Quotes, backslashes and control characters are still escaped, and characters outside the Basic
/// Multilingual Plane are written as surrogate-pair escapes (valid JSON that reads back the same).
/// </para>
/// <para>
/// JSON does not carry node text, the source file name, alias groups or collective flags: a plan
/// read back has null <see cref="PlanNode.Text"/> and <see cref="Plan.SourceFile"/>, and one
/// <see cref="ResponsibleUnit"/> per spelling. It serialises to the same text as the plan it was written from.
/// </para>
/// </remarks>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(PlanJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static JsonTypeInfo<PlanDto> PlanInfo => (JsonTypeInfo<PlanDto>)Options.GetTypeInfo(typeof(PlanDto));

    /// <summary>Writes a plan as JSON text.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The JSON, ending in one <c>\n</c>.</returns>
    public static string Serialize(Plan plan)
    {
        return JsonSerializer.Serialize(PlanJsonMapper.ToDto(plan), PlanInfo) + "\n";
    }

    /// <summary>Writes a plan as UTF-8 JSON (no byte-order mark), the same text as <see cref="Serialize"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="stream">Where to write; it is left open.</param>
    public static void Write(Plan plan, Stream stream)
    {
        JsonSerializer.Serialize(stream, PlanJsonMapper.ToDto(plan), PlanInfo);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Reads a plan from JSON text in the export's shape.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanJsonException">The text is not JSON or not a plan export; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static Plan Deserialize(string json)
    {
        return FromDto(Parse(() => JsonSerializer.Deserialize(json, PlanInfo)));
    }

    /// <summary>Reads a plan from UTF-8 JSON in the export's shape (a byte-order mark is accepted).</summary>
    /// <param name="stream">The JSON; it is left open.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanJsonException">The bytes are not JSON or not a plan export; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static Plan Read(Stream stream)
    {
        return FromDto(Parse(() => JsonSerializer.Deserialize(stream, PlanInfo)));
    }

    private static PlanDto? Parse(Func<PlanDto?> read)
    {
        try
        {
            return read();
        }
        catch (PlanJsonException)
        {
            throw;
        }
        catch (JsonException exception)
        {
            // Syntax errors name their position ("Path: $.title | LineNumber: 2 | …"); missing
            // required properties do not, so the path of the object that lacks them is added.
            var at = exception.Path is { } path && !exception.Message.Contains("Path:", StringComparison.Ordinal)
                ? $" at {path}"
                : string.Empty;
            throw new PlanJsonException(
                $"The plan JSON is not valid{at}: {exception.Message}",
                exception.Path,
                exception.LineNumber,
                exception.BytePositionInLine,
                exception);
        }
    }

    private static Plan FromDto(PlanDto? dto) =>
        dto is null
            ? throw new PlanJsonException("The plan JSON is not valid: the document is null; expected a plan object.", "$", 0, 0, null)
            : PlanJsonMapper.FromDto(dto);

    /// <summary>The UTF-8 bytes of <see cref="Serialize"/>, for tests that compare with <see cref="Write"/>.</summary>
    internal static byte[] SerializeToUtf8(Plan plan) => Utf8.GetBytes(Serialize(plan));
}
