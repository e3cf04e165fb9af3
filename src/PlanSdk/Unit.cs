namespace PlanSdk;

/// <summary>
/// The unit or classifier of a target's figure, as the export writes it: <c>%</c>, <c>‰</c>,
/// <c>1/10万</c>, <c>元</c>, <c>人次</c>, <c>家</c>… A multiplier (<c>万</c>, <c>亿</c>, <c>千</c>) is never
/// part of a unit: it is folded into the value (<c>20万人次</c> is 200000 <c>人次</c>).
/// </summary>
/// <remarks>Units compare by their symbol, ordinally. A target with no written unit has a null <see cref="Target.Unit"/>.</remarks>
/// <param name="Symbol">The unit as written in the export (<c>%</c>, <c>人次</c>).</param>
public readonly record struct Unit(string Symbol)
{
    /// <summary>Per cent: <c>%</c> (also written <c>％</c> in the documents).</summary>
    public static Unit Percent { get; } = new("%");

    /// <summary>Per mille: <c>‰</c> (mortality rates).</summary>
    public static Unit Permille { get; } = new("‰");

    /// <summary>Per hundred thousand: <c>1/10万</c> (maternal mortality).</summary>
    public static Unit PerHundredThousand { get; } = new("1/10万");

    /// <summary>Percentage points: <c>个百分点</c>.</summary>
    public static Unit PercentagePoint { get; } = new("个百分点");

    /// <summary>Yuan: <c>元</c> (<c>万元</c> and <c>亿元</c> are folded into the value).</summary>
    public static Unit Yuan { get; } = new("元");

    /// <summary>Persons: <c>人</c>.</summary>
    public static Unit Person { get; } = new("人");

    /// <summary>Person-times (visits, services): <c>人次</c>.</summary>
    public static Unit PersonTime { get; } = new("人次");

    /// <summary>Institutions: <c>家</c>.</summary>
    public static Unit Institution { get; } = new("家");

    /// <summary>The generic classifier: <c>个</c>.</summary>
    public static Unit Piece { get; } = new("个");

    /// <summary>Hours: <c>小时</c>.</summary>
    public static Unit Hour { get; } = new("小时");

    /// <summary>Days: <c>天</c>.</summary>
    public static Unit Day { get; } = new("天");

    /// <summary>True for the rate units <see cref="Percent"/>, <see cref="Permille"/> and <see cref="PerHundredThousand"/>.</summary>
    public bool IsRate => this == Percent || this == Permille || this == PerHundredThousand;

    /// <summary>The symbol (empty for a default value).</summary>
    /// <returns>The unit as the export writes it.</returns>
    public override string ToString() => Symbol ?? string.Empty;
}
