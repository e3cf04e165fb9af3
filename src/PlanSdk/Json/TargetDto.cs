using System.Text.Json.Serialization;

namespace PlanSdk.Json;

/// <summary>A target of the JSON export (spec section 3), properties in export order.</summary>
/// <remarks><see cref="Malformed"/> is written only when true, and may be left out when reading.</remarks>
internal sealed record TargetDto(
    string? Name,
    string Indicator,
    string Text,
    decimal? Value,
    decimal? Max,
    string? Unit,
    string Comparison,
    string Kind,
    string? Deadline,
    int Line,
    int Column,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Malformed = false);
