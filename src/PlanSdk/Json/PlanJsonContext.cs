using System.Text.Json.Serialization;

namespace PlanSdk.Json;

/// <summary>
/// The System.Text.Json source-generated metadata of the export DTOs (no reflection at run time).
/// Reading is strict: every property of spec section 3 must be present (<c>malformed</c> excepted),
/// non-nullable ones must not be null, and a property must not appear twice.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(PlanDto))]
internal sealed partial class PlanJsonContext : JsonSerializerContext
{
}
