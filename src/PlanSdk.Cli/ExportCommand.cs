using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace PlanSdk.Cli;

/// <summary><c>plansdk export PATH... -o DIR</c>: writes <c>DIR/&lt;PlanId&gt;.json</c> (spec section 3) for each plan.</summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = PlanPathsArgument.Create();
        var outputDirectory = new Option<string>("--output", "-o")
        {
            Description = "The directory to write <PlanId>.json files to; created when missing.",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("export", "Export plans to JSON, one <PlanId>.json file per plan (plan id = file name without extension).")
        {
            paths,
            outputDirectory,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(paths),
            parseResult.GetRequiredValue(outputDirectory),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>
    /// Exports every plan. A missing path, or two files with one plan id, stops the command before
    /// anything is written; an unreadable file is reported and skipped, and the others are exported.
    /// </summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> paths, string outputDirectory, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = PlanFileReader.Expand(paths);
            CheckUniqueIds(files);
        }
        catch (PlanInputException exception)
        {
            error.WriteLine($"plansdk export: error: {exception.Message}");
            return ExitCodes.InputError;
        }

        try
        {
            Directory.CreateDirectory(outputDirectory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"plansdk export: error: {PlanFileReader.Display(outputDirectory)}: cannot create the output directory ({exception.Message})");
            return ExitCodes.OutputError;
        }

        var exitCode = ExitCodes.Success;
        foreach (var path in files)
        {
            PlanFile file;
            try
            {
                file = PlanFileReader.Read(path);
            }
            catch (PlanInputException exception)
            {
                error.WriteLine($"plansdk export: error: {exception.Message} (skipped)");
                exitCode = Math.Max(exitCode, ExitCodes.InputError);
                continue;
            }

            var plan = Plan.FromExtraction(file.Read(), file.DisplayPath);
            var target = Path.Combine(outputDirectory, plan.Id + ".json");
            try
            {
                using var stream = File.Create(target);
                PlanJson.Write(plan, stream);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"plansdk export: error: {PlanFileReader.Display(target)}: cannot be written ({exception.Message})");
                return ExitCodes.OutputError;
            }

            output.WriteLine($"wrote {PlanFileReader.Display(target)} ({plan.Nodes.Count} nodes, {plan.Targets.Count} targets) from {file.DisplayPath}");
        }

        return exitCode;
    }

    private static void CheckUniqueIds(IReadOnlyList<string> files)
    {
        var clash = files
            .GroupBy(file => Path.GetFileNameWithoutExtension(file), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new PlanInputException(
                $"{string.Join(" and ", clash.Select(PlanFileReader.Display))} would both be written as {clash.Key}.json; export them to different directories.");
        }
    }
}
