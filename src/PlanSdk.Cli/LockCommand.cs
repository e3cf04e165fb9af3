using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>
/// <c>plansdk lock PATH...</c>: writes <c>&lt;PlanId&gt;.plan.lock</c> beside each plan, recording every
/// target as it is now. Run it when a change of targets is intended; commit the file.
/// </summary>
internal static class LockCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = PlanPathsArgument.Create();
        var command = new Command("lock", "Lock the targets of plans: write <PlanId>.plan.lock beside each plan (commit it); the build then reports a changed or removed locked target.")
        {
            paths,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(paths),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> paths, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = PlanFileReader.Expand(paths);
        }
        catch (PlanInputException exception)
        {
            error.WriteLine($"plansdk lock: error: {exception.Message}");
            return ExitCodes.InputError;
        }

        var exitCode = ExitCodes.Success;
        foreach (var path in files)
        {
            try
            {
                var file = PlanFileReader.Read(path);
                var lockPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, file.Id + TargetLock.Extension);

                // Lock what the plan says, corrections applied; an old lock does not take part in its own renewal.
                var plan = PlanReader.Read(file.Id, file.Text, file.Sidecars with { Lock = null, LockProblems = EquatableArray.Empty<ExtractionProblem>() });
                var text = TargetLock.Write(plan, file.DisplayPath);
                File.WriteAllText(lockPath, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                var count = text.Split('\n').Length - 4;
                output.WriteLine($"locked {count} targets of {file.DisplayPath} in {PlanFileReader.Display(lockPath)}");
            }
            catch (PlanInputException exception)
            {
                error.WriteLine($"plansdk lock: error: {exception.Message}");
                exitCode = ExitCodes.InputError;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"plansdk lock: error: cannot write the lock of {PlanFileReader.Display(path)} ({exception.Message})");
                exitCode = ExitCodes.OutputError;
            }
        }

        return exitCode;
    }
}
