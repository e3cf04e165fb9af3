using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>
/// <c>plansdk check PATH... [--format text|json]</c>: the build's PLAN diagnostics, from the same code,
/// printed in MSBuild's form (<c>file(line,col): severity ID: message</c>); exit code 1 when one is an error.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = PlanPathsArgument.Create();
        var format = new Option<string>("--format")
        {
            Description = "text (MSBuild's file(line,col): severity ID: message) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Report the problems of plans as the build does (PLAN diagnostics); exit code 1 when one is an error.")
        {
            paths,
            format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(paths),
            parseResult.GetValue(format) == "json",
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(IReadOnlyList<string> paths, bool json, TextWriter output, TextWriter error)
    {
        IReadOnlyList<string> files;
        try
        {
            files = PlanFileReader.Expand(paths);
        }
        catch (PlanInputException exception)
        {
            error.WriteLine($"plansdk check: error: {exception.Message}");
            return ExitCodes.InputError;
        }

        var diagnostics = new List<PlanDiagnostic>();
        foreach (var path in files)
        {
            try
            {
                var file = PlanFileReader.Read(path);
                diagnostics.AddRange(file.Read().Problems.Select(problem => new PlanDiagnostic(problem.FilePath ?? file.DisplayPath, problem)));
            }
            catch (PlanInputException exception) when (exception.Encoding)
            {
                diagnostics.Add(new PlanDiagnostic(
                    PlanFileReader.Display(path),
                    new ExtractionProblem(ProblemCode.NotUtf8, exception.Message, new SourceSpan(0, 0, exception.Line, 1, exception.Line, 1))));
            }
            catch (PlanInputException exception)
            {
                error.WriteLine($"plansdk check: error: {exception.Message}");
                return ExitCodes.InputError;
            }
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(ToJson).ToList(), Options.GetTypeInfo(typeof(List<CheckJsonDiagnostic>))));
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }
        }

        return diagnostics.Any(d => d.IsError) ? ExitCodes.ErrorsFound : ExitCodes.Success;
    }

    private static readonly JsonSerializerOptions Options = new(CheckJsonContext.Default.Options)
    {
        // Chinese text stays readable (the output is a data file, not HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static CheckJsonDiagnostic ToJson(PlanDiagnostic diagnostic) => new(
        diagnostic.File,
        diagnostic.Problem.Span.Line,
        diagnostic.Problem.Span.Column,
        diagnostic.Problem.Span.EndLine,
        diagnostic.Problem.Span.EndColumn,
        diagnostic.Severity,
        diagnostic.Descriptor.Id,
        diagnostic.Descriptor.Title,
        diagnostic.Problem.Message,
        diagnostic.Descriptor.HelpLink);
}
