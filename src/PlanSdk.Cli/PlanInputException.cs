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
}
