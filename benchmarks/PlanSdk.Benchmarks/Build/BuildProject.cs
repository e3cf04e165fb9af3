using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PlanSdk.Corpus;

namespace PlanSdk.Benchmarks.Build;

/// <summary>
/// benchmarks/PlanSdk.BuildBench built with <c>dotnet build</c> over a folder of synthetic plans.
/// Everything it writes goes to a temporary folder (<c>UseArtifactsOutput</c>, also for the projects
/// it references), and it runs with <c>--disable-build-servers</c>: no MSBuild node or compiler
/// server outlives a build or is shared with another build on the machine.
/// </summary>
internal sealed class BuildProject
{
    private readonly string _project;
    private readonly string _corpus;
    private readonly string _artifacts;

    private BuildProject(string project, string corpus, string artifacts)
    {
        _project = project;
        _corpus = corpus;
        _artifacts = artifacts;
    }

    /// <summary>
    /// Writes <paramref name="plans"/> synthetic plans (seed 42) to their own folder, restores the
    /// project and builds it once with no plans, which builds the projects it references.
    /// </summary>
    public static BuildProject Prepare(int plans)
    {
        var root = FindRepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "plansdk-buildbench");
        var corpus = Path.Combine(work, "plans-" + plans.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var empty = Path.Combine(work, "plans-none");
        SyntheticCorpus.FromDirectory(Path.Combine(root, "plans")).Write(corpus, Corpus.BenchCorpora.Seed, plans);
        Directory.CreateDirectory(empty);
        foreach (var stale in Directory.GetFiles(empty))
        {
            File.Delete(stale);
        }

        var project = new BuildProject(Path.Combine(root, "benchmarks", "PlanSdk.BuildBench", "PlanSdk.BuildBench.csproj"), corpus, Path.Combine(work, "artifacts"));
        project.Dotnet("restore", project._project, "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + project._artifacts);
        project.Dotnet(project.BuildArguments(empty, dependencies: true));
        return project;
    }

    /// <summary>Deletes the project's compiled assembly, so that the next build compiles it again.</summary>
    public void ForceCompile()
    {
        var obj = Path.Combine(_artifacts, "obj", "PlanSdk.BuildBench");
        foreach (var assembly in Directory.GetFiles(obj, "PlanSdk.BuildBench.dll", SearchOption.AllDirectories))
        {
            File.Delete(assembly);
        }
    }

    /// <summary><c>dotnet build --no-restore --no-dependencies</c> of the project over its plans.</summary>
    public void Build() => Dotnet(BuildArguments(_corpus, dependencies: false));

    private string[] BuildArguments(string corpus, bool dependencies)
    {
        var arguments = new List<string>
        {
            "build", _project, "--no-restore", "-c", "Release", "--disable-build-servers", "-v:q", "-nologo", "-clp:ErrorsOnly",
            "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + _artifacts, "-p:PlanSdkCorpusDir=" + corpus,
        };
        if (!dependencies)
        {
            arguments.Add("--no-dependencies");
        }

        return arguments.ToArray();
    }

    private void Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(_project)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The benchmark process's own MSBuild and runtime settings are not the build's.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("DOTNET_gc", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_Tiered", StringComparison.OrdinalIgnoreCase)
            || k.StartsWith("COMPlus_", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}\n{error.Result}");
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No Sdk.sln above " + AppContext.BaseDirectory + ": run the benchmarks from the repository.");
    }
}
