namespace PlanSdk;

/// <summary>How a target's figure is to be compared with a reported value.</summary>
public enum Comparison
{
    /// <summary>Exactly the figure (<c>=</c>): <c>达到90%</c>.</summary>
    Exactly,

    /// <summary>The figure or more (<c>&gt;=</c>): <c>以上</c>, <c>不少于</c>, <c>不低于</c>, <c>至少</c>, <c>≥</c>.</summary>
    AtLeast,

    /// <summary>The figure or less (<c>&lt;=</c>): <c>以内</c>, <c>以下</c>, <c>不超过</c>, <c>≤</c>, <c>内</c> after a time.</summary>
    AtMost,

    /// <summary>More than the figure (<c>&gt;</c>): <c>超过</c>, <c>余</c>, <c>逾</c>, <c>多</c>.</summary>
    MoreThan,

    /// <summary>Less than the figure (<c>&lt;</c>): <c>低于</c>.</summary>
    LessThan,

    /// <summary>About the figure (<c>~</c>): <c>左右</c>, <c>约</c>, <c>近</c>.</summary>
    Approximately,

    /// <summary>Between the figure and a maximum, both included (<c>range</c>): <c>1-2个</c>, <c>4至6家</c>.</summary>
    Between,
}
