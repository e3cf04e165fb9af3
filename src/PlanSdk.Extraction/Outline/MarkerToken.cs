namespace PlanSdk.Extraction.Outline;

/// <summary>A heading marker read at a position of the text (<c>(十四)</c>, <c>3.</c>, <c>二是</c>).</summary>
/// <param name="Style">The numbering style.</param>
/// <param name="Number">The number it carries.</param>
/// <param name="Start">Where the marker starts.</param>
/// <param name="Length">How many characters it has, delimiter included.</param>
internal readonly record struct MarkerToken(NumberingStyle Style, int Number, int Start, int Length)
{
    public int End => Start + Length;
}
