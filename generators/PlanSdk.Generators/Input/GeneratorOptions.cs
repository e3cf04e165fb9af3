namespace PlanSdk.Generators.Input;

/// <summary>The MSBuild settings that shape the generated code, reduced to a small value.</summary>
/// <remarks>A value record: steps combined with it re-run only when a setting changes.</remarks>
/// <param name="Namespace">The namespace of the generated types (<c>PlanSdkNamespace</c>, default <c>Plans</c>).</param>
/// <param name="Visibility">The accessibility of the generated types: <c>public</c> or <c>internal</c> (<c>PlanSdkVisibility</c>).</param>
/// <param name="NullableAnnotations">True when the project's C# version knows <c>#nullable</c> (8 and later).</param>
internal sealed record GeneratorOptions(string Namespace, string Visibility, bool NullableAnnotations)
{
    /// <summary>The settings of a project that sets none.</summary>
    public static GeneratorOptions Default { get; } = new("Plans", "public", true);
}
