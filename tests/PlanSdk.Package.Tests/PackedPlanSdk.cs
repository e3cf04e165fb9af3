using System;
using System.IO;
using Xunit;

namespace PlanSdk.Package.Tests;

/// <summary>The PlanSdk package, packed once for the tests with a version of its own, in a temporary folder.</summary>
public sealed class PackedPlanSdk : IDisposable
{
    public PackedPlanSdk()
    {
        Root = Path.Combine(Path.GetTempPath(), "plansdk-package-" + Guid.NewGuid().ToString("N"));
        Source = Path.Combine(Root, "source");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Source);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var repository = DotNet.RepositoryRoot();
        // The repository's own projects restore into the machine's package folder, as every other build of
        // them does: a folder of this run's would be written into their obj/ and vanish with the run.
        DotNet.Run(repository, packagesFolder: null, "pack", Path.Combine(repository, "src", "PlanSdk", "PlanSdk.csproj"),
            "-c", "Release", "-o", Source, "-p:Version=" + Version);
        Assert.True(File.Exists(Path.Combine(Source, $"PlanSdk.{Version}.nupkg")), "the package was not written");
    }

    /// <summary>The temporary folder of this run.</summary>
    public string Root { get; }

    /// <summary>The local package source holding the packed PlanSdk.</summary>
    public string Source { get; }

    /// <summary>The NuGet package folder the test projects restore into.</summary>
    public string Packages { get; }

    public string Version { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary folder is left for the system to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
