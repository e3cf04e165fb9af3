namespace PlanSdk;

/// <summary>What a quantity mention is to the plan.</summary>
public enum TargetKind
{
    /// <summary>A goal for the plan's period (<c>全人群签约率达61%以上</c>).</summary>
    Target,

    /// <summary>A figure achieved or reported (summaries, <c>截至</c>, <c>累计</c>, <c>已</c>).</summary>
    Actual,

    /// <summary>
    /// A figure that describes the situation rather than setting or reporting one (<c>全市16个农村县</c>,
    /// <c>0-6岁儿童</c>, <c>一批</c>, tier counts such as <c>市县两级</c>). Kept in the model, not exported as a target.
    /// </summary>
    Context,
}
