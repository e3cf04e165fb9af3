using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace PlanSdk.Package.Tests;

/// <summary>Runs the dotnet CLI in a child process, optionally with a NuGet package folder of its own.</summary>
internal static class DotNet
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and returns its output; fails the test on a non-zero exit.</summary>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="packagesFolder">The NuGet package folder to restore into, or null for the machine's own.</param>
    /// <param name="arguments">The command line.</param>
    public static string Run(string workingDirectory, string? packagesFolder, params string[] arguments)
    {
        var (exitCode, output) = RunAllowingFailure(workingDirectory, packagesFolder, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        return output;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and returns its exit code and output.</summary>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="packagesFolder">The NuGet package folder to restore into, or null for the machine's own.</param>
    /// <param name="arguments">The command line.</param>
    public static (int ExitCode, string Output) RunAllowingFailure(string workingDirectory, string? packagesFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>The repository's root: the folder above the test assembly that holds Sdk.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Sdk.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
