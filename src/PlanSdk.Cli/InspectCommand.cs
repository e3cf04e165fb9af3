using System.CommandLine;
using System.IO;

namespace PlanSdk.Cli;

/// <summary><c>plansdk inspect FILE</c>: prints one plan as a person wants to read it.</summary>
internal static class InspectCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The plan text file (UTF-8), e.g. plans/Zibo2024.txt." };
        var command = new Command("inspect", "Print a plan's outline, responsible units and targets, and the problems found in its text.")
        {
            file,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(file),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads, extracts and prints one plan.</summary>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string path, TextWriter output, TextWriter error)
    {
        PlanFile file;
        try
        {
            file = PlanFileReader.Read(path);
        }
        catch (PlanInputException exception)
        {
            error.WriteLine($"plansdk inspect: error: {exception.Message}");
            return ExitCodes.InputError;
        }

        var extracted = file.Read();
        InspectPrinter.Print(output, Plan.FromExtraction(extracted, file.DisplayPath), extracted.Problems);
        return ExitCodes.Success;
    }
}
