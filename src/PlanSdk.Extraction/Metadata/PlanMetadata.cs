namespace PlanSdk.Extraction.Metadata;

/// <summary>Title, issuer and year of a plan document.</summary>
/// <param name="Title">The document title, when found.</param>
/// <param name="Issuer">The issuing body, when found.</param>
/// <param name="Year">The plan year, when found.</param>
internal sealed record PlanMetadata(string? Title, string? Issuer, int? Year);
