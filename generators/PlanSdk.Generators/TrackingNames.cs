namespace PlanSdk.Generators;

/// <summary>The names of the generator's pipeline steps, which tests use to prove that an edit re-runs only its plan.</summary>
internal static class TrackingNames
{
    public const string Options = "PlanSdk.Options";
    public const string PlanFiles = "PlanSdk.PlanFiles";
    public const string ClassNames = "PlanSdk.ClassNames";
    public const string Extracted = "PlanSdk.Extracted";
    public const string Corrections = "PlanSdk.Corrections";
    public const string Locks = "PlanSdk.Locks";
    public const string Finished = "PlanSdk.Finished";
    public const string Catalog = "PlanSdk.Catalog";
    public const string ReferencedCatalogs = "PlanSdk.ReferencedCatalogs";
    public const string Diagnostics = "PlanSdk.Diagnostics";
}
