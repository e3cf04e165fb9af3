using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk.Extraction.Quantities;

/// <summary>
/// The units and classifiers that make a number a quantity. Longer forms are tried first
/// (<c>人次</c> before <c>人</c>, <c>个月</c> before <c>个</c>). Multipliers (<c>万</c>, <c>亿</c>,
/// <c>千</c>) are not units: they are folded into the value.
/// </summary>
internal static class UnitCatalog
{
    private static readonly UnitInfo[] Units = Build();

    /// <summary>The units, longest written form first.</summary>
    public static IReadOnlyList<UnitInfo> All => Units;

    private static readonly HashSet<char> FirstCharacters = new(Units.Select(u => u.Written[0]));

    /// <summary>True when a unit can start with <paramref name="c"/>.</summary>
    public static bool CanStartUnit(char c) => FirstCharacters.Contains(c);

    /// <summary>Reads the unit written at <paramref name="index"/>, if any.</summary>
    public static UnitInfo? Match(string text, int index)
    {
        foreach (var unit in Units)
        {
            if (string.CompareOrdinal(text, index, unit.Written, 0, unit.Written.Length) == 0)
            {
                return unit;
            }
        }

        return null;
    }

    private static UnitInfo[] Build()
    {
        var units = new List<UnitInfo>
        {
            new("%", "%", UnitCategory.Percent),
            new("％", "%", UnitCategory.Percent),
            new("‰", "‰", UnitCategory.Permille),
            new("个百分点", "个百分点", UnitCategory.PercentagePoint),
            new("百分点", "个百分点", UnitCategory.PercentagePoint),
            new("美元", "美元", UnitCategory.Currency),
            new("元", "元", UnitCategory.Currency),
            new("个工作日", "个工作日", UnitCategory.TimeLimit),
            new("工作日", "工作日", UnitCategory.TimeLimit),
            new("小时", "小时", UnitCategory.TimeLimit),
            new("分钟", "分钟", UnitCategory.TimeLimit),
            new("秒", "秒", UnitCategory.TimeLimit),
            new("天", "天", UnitCategory.TimeLimit),
            new("个月", "个月", UnitCategory.Duration),
            new("年", "年", UnitCategory.Duration),
            new("周", "周", UnitCategory.Duration),
            new("周岁", "岁", UnitCategory.Age),
            new("岁", "岁", UnitCategory.Age),
            new("级", "级", UnitCategory.Level),
            new("批", "批", UnitCategory.Batch),
            new("倍", "倍", UnitCategory.Multiple),
            new("万平方米", "平方米", UnitCategory.Measure),
            new("平方米", "平方米", UnitCategory.Measure),
            new("平米", "平方米", UnitCategory.Measure),
            new("公里", "公里", UnitCategory.Measure),
            new("千米", "公里", UnitCategory.Measure),
            new("公顷", "公顷", UnitCategory.Measure),
            new("亩", "亩", UnitCategory.Measure),
            new("吨", "吨", UnitCategory.Measure),
            new("公斤", "公斤", UnitCategory.Measure),
            new("千克", "公斤", UnitCategory.Measure),
        };

        // Classifiers of counted things.
        foreach (var classifier in new[]
        {
            "人次", "人份", "人日", "例次", "剂次", "床日", "场次", "家次", "台次", "个", "家", "名", "人", "例", "项", "期", "台", "所",
            "次", "种", "件", "份", "户", "类", "场", "支", "篇", "起", "张", "辆", "套", "座", "处", "间", "块", "本", "册",
            "条", "轮", "组", "队", "床", "剂", "位", "艘", "架", "枚", "盒", "瓶", "箱", "袋",
        })
        {
            units.Add(new UnitInfo(classifier, classifier, UnitCategory.Count));
        }

        return units.OrderByDescending(u => u.Written.Length).ThenBy(u => u.Written, StringComparer.Ordinal).ToArray();
    }
}
