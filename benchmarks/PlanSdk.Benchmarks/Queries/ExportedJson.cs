using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PlanSdk.Benchmarks.Queries;

/// <summary>The JSON export (spec section 3) as a user without the PlanSdk runtime would read it: plain records.</summary>
internal sealed record JsonPlan(string Id, string? Title, string? Issuer, int? Year, List<JsonNode> Nodes);

/// <summary>A node of the export.</summary>
internal sealed record JsonNode(string Path, string Kind, string Title, int Line, List<string> Lead, List<string> Participants, List<JsonTarget> Targets);

/// <summary>A target of the export.</summary>
internal sealed record JsonTarget(
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
    bool Malformed = false);

/// <summary>System.Text.Json's source-generated reader of the export, the fastest way STJ reads it.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonPlan))]
internal sealed partial class ExportedJsonContext : JsonSerializerContext
{
}
