using System;

namespace PlanSdk.Cli;

/// <summary>An input path cannot be read as a plan; the message names the path and says why.</summary>
internal sealed class PlanInputException : Exception
{
    public PlanInputException()
    {
    }

    public PlanInputException(string message)
        : base(message)
    {
    }

    public PlanInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the file is not UTF-8 (the build reports it as PLAN030).</summary>
    public bool Encoding { get; init; }

    /// <summary>The 1-based line of the first bytes that are not UTF-8, when <see cref="Encoding"/>.</summary>
    public int Line { get; init; } = 1;
}
