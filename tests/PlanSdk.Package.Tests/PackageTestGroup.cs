using Xunit;

namespace PlanSdk.Package.Tests;

/// <summary>The test classes that use the packed PlanSdk share one package, packed once.</summary>
[CollectionDefinition(Name)]
public sealed class PackageTestGroup : ICollectionFixture<PackedPlanSdk>
{
    public const string Name = "Packed PlanSdk";
}
