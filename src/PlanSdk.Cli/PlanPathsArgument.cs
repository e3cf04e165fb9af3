using System.CommandLine;

namespace PlanSdk.Cli;

/// <summary>
/// The <c>PATH...</c> argument of <c>export</c>, <c>check</c> and <c>lock</c>: plan text files, or
/// directories standing for every <c>*.txt</c> file in them (<see cref="PlanFileReader"/> expands them).
/// </summary>
internal static class PlanPathsArgument
{
    /// <summary>Creates the argument (one or more paths).</summary>
    public static Argument<string[]> Create() => new("PATH")
    {
        Description = "Plan text files, or directories standing for every *.txt file in them.",
        Arity = ArgumentArity.OneOrMore,
    };
}
