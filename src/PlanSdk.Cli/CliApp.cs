using System.CommandLine;
using System.CommandLine.Help;
using System.IO;

namespace PlanSdk.Cli;

/// <summary>The command line: <c>plansdk inspect FILE</c>, <c>export PATH... -o DIR</c>, <c>check PATH...</c>, <c>lock PATH...</c>.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line, writing to the given writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A plain Command rather than RootCommand, whose name is the executable's (PlanSdk.Cli):
        // help and errors then say "plansdk", the tool's command name.
        var root = new Command("plansdk", "Reads Chinese health-commission work plans (plain UTF-8 text) into a typed model: outline, responsible units and numeric targets.")
        {
            new HelpOption(),
            new VersionOption(),
            InspectCommand.Create(),
            ExportCommand.Create(),
            CheckCommand.Create(),
            LockCommand.Create(),
        };

        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine reports parse errors with exit code 1; plansdk documents 2 for them.
        return parseResult.Errors.Count > 0 ? ExitCodes.InputError : exitCode;
    }
}
