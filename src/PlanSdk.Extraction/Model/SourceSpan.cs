namespace PlanSdk.Extraction;

/// <summary>
/// A stretch of the original plan text: character offsets plus 1-based line and column of its
/// start and end. Columns count UTF-16 code units from the start of the line.
/// </summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just after the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
public sealed record SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>Offset just after the last character.</summary>
    public int End => Start + Length;

    /// <inheritdoc />
    public override string ToString() => $"({Line},{Column})-({EndLine},{EndColumn})";
}
