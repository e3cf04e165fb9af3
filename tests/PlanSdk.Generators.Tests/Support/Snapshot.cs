using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace PlanSdk.Generators.Tests.Support;

/// <summary>
/// Compares a generated source with its committed snapshot (<c>Snapshots/NAME.verified.cs</c>), the
/// generator's version scrubbed. A mismatch writes <c>NAME.received.cs</c> beside it and fails; accept a
/// change by renaming the received file over the verified one.
/// </summary>
internal static partial class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string caller = "")
    {
        var directory = Path.Combine(ProjectDirectory(caller), "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        var scrubbed = Version().Replace(actual, "GeneratedCode(\"PlanSdk.Generators\", \"VERSION\")");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == scrubbed)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, scrubbed);
        Assert.Fail(expected is null
            ? $"No snapshot for {name}: the generated source is in {received}; rename it to {Path.GetFileName(verified)} to accept it."
            : $"{name} differs from its snapshot: the generated source is in {received}; compare it with {Path.GetFileName(verified)}.");
    }

    /// <summary>The test project's folder: the nearest folder above the calling source file that holds a project file.</summary>
    private static string ProjectDirectory(string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile);
        while (directory is not null && Directory.GetFiles(directory, "*.csproj").Length == 0)
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? Path.GetDirectoryName(sourceFile)!;
    }

    [GeneratedRegex("GeneratedCode\\(\"PlanSdk\\.Generators\", \"[^\"]*\"\\)")]
    private static partial Regex Version();
}
