using System.Collections.Generic;

namespace PlanSdk.Json;

/// <summary>A node of the JSON export (spec section 3), properties in export order.</summary>
/// <remarks><see cref="Kind"/> is <c>section</c>, <c>task</c> or, for the root (path <c>""</c>), <c>root</c>.</remarks>
internal sealed record NodeDto(
    string Path,
    string Kind,
    string Title,
    int Line,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Participants,
    IReadOnlyList<TargetDto> Targets);
