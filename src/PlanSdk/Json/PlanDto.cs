using System.Collections.Generic;

namespace PlanSdk.Json;

/// <summary>The plan object of the JSON export (spec section 3), properties in export order.</summary>
internal sealed record PlanDto(
    string Id,
    string? Title,
    string? Issuer,
    int? Year,
    IReadOnlyList<NodeDto> Nodes);
