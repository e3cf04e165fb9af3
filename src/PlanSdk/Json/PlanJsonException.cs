using System;
using System.Text.Json;

namespace PlanSdk;

/// <summary>
/// The JSON given to <see cref="PlanJson.Deserialize"/> or <see cref="PlanJson.Read"/> is not a
/// plan export: it is not JSON, lacks a property, or holds a value the export never writes.
/// <see cref="JsonException.Path"/> names the offending value (<c>$.nodes[3].targets[0].comparison</c>).
/// </summary>
public sealed class PlanJsonException : JsonException
{
    /// <summary>Creates the exception with a default message.</summary>
    public PlanJsonException()
        : base("The JSON is not a plan export.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public PlanJsonException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The reader's exception.</param>
    public PlanJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a value of the document.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path of the value (<c>$.nodes[3].path</c>).</param>
    /// <param name="lineNumber">The 0-based line of the value in the document, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in that line, when known.</param>
    /// <param name="innerException">The reader's exception, if any.</param>
    public PlanJsonException(string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
    }
}
