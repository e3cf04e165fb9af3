namespace PlanSdk.Extraction;

/// <summary>The ways plan documents number their headings. ASCII and full-width forms are one style.</summary>
public enum NumberingStyle
{
    /// <summary>No numbering (the root).</summary>
    None,

    /// <summary>A CJK numeral and an enumeration comma: <c>一、</c>.</summary>
    CjkComma,

    /// <summary>A CJK numeral in parentheses: <c>(一)</c> or <c>(一)</c>.</summary>
    CjkParen,

    /// <summary>An arabic number and a full stop or comma: <c>1.</c>, <c>1、</c>, <c>1.</c>.</summary>
    Arabic,

    /// <summary>An arabic number in parentheses: <c>(1)</c> or <c>(1)</c>.</summary>
    ArabicParen,

    /// <summary>A circled number: <c>①</c>.</summary>
    Circled,

    /// <summary>An enumerated item: <c>一是</c>, <c>二是</c>.</summary>
    Item,

    /// <summary>A chapter or part: <c>第一部分</c>, <c>第二章</c>.</summary>
    Chapter,
}
