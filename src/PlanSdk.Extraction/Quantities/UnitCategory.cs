namespace PlanSdk.Extraction.Quantities;

/// <summary>What kind of thing a unit measures; it decides which readings a quantity can have.</summary>
internal enum UnitCategory
{
    /// <summary>No unit is written.</summary>
    None,

    /// <summary><c>%</c>.</summary>
    Percent,

    /// <summary><c>‰</c>.</summary>
    Permille,

    /// <summary>A rate per population (<c>/10万</c>).</summary>
    Rate,

    /// <summary><c>个百分点</c>.</summary>
    PercentagePoint,

    /// <summary>Money (<c>元</c>).</summary>
    Currency,

    /// <summary>A time limit (<c>小时</c>, <c>分钟</c>, <c>天</c>, <c>个工作日</c>).</summary>
    TimeLimit,

    /// <summary>A span of time (<c>年</c>, <c>个月</c>, <c>周</c>): durations describe, they do not set goals.</summary>
    Duration,

    /// <summary>Age (<c>岁</c>).</summary>
    Age,

    /// <summary>A level or grade (<c>级</c>).</summary>
    Level,

    /// <summary>A count of things (<c>家</c>, <c>个</c>, <c>名</c>, <c>人次</c>…).</summary>
    Count,

    /// <summary>A vague batch (<c>批</c>): <c>一批</c> means "a number of".</summary>
    Batch,

    /// <summary>A multiple (<c>倍</c>).</summary>
    Multiple,

    /// <summary>A physical measure (<c>平方米</c>, <c>公里</c>, <c>吨</c>).</summary>
    Measure,
}
