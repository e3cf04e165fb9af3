namespace PlanSdk.Cli;

/// <summary>The exit codes of <c>plansdk</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug); the stack trace is printed.</summary>
    public const int InternalError = 1;

    /// <summary><c>plansdk check</c> found at least one diagnostic of error severity (the run did not pass, as a failed build).</summary>
    public const int ErrorsFound = 1;

    /// <summary>
    /// A usage or input error: a bad command line, or an input file that is missing, empty or not
    /// UTF-8. Nothing is written for a bad command line; for export, the readable files are still
    /// exported and the unreadable ones are listed.
    /// </summary>
    public const int InputError = 2;

    /// <summary>An output file or directory could not be written.</summary>
    public const int OutputError = 3;
}
