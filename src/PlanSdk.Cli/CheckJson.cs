using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PlanSdk.Cli;

/// <summary>One diagnostic in <c>plansdk check --format json</c>.</summary>
internal sealed record CheckJsonDiagnostic(
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Severity,
    string Id,
    string Title,
    string Message,
    string HelpLink);

/// <summary>The source-generated System.Text.Json metadata of the check output.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<CheckJsonDiagnostic>))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
