namespace PlanSdk.Generators.Input;

/// <summary>The MSBuild properties and item metadata the generator reads (set by the package's build props).</summary>
internal static class MsBuildNames
{
    public const string NamespaceProperty = "build_property.PlanSdkNamespace";
    public const string VisibilityProperty = "build_property.PlanSdkVisibility";
    public const string ProjectDirProperty = "build_property.ProjectDir";

    /// <summary>Metadata of an AdditionalFile: <c>Plan</c> for a plan text, <c>Corrections</c> for its corrections file, <c>Lock</c> for its target lock.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.PlanSdkKind";

    public const string PlanKind = "Plan";
    public const string CorrectionsKind = "Corrections";
    public const string LockKind = "Lock";
}
