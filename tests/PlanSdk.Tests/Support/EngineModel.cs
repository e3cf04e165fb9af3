using System.Globalization;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk.Tests.Support;

/// <summary>Hand-made engine models, so mapping tests do not depend on what the engine reads from a text.</summary>
internal static class EngineModel
{
    public static ExtractedPlan Plan(OutlineNode root, OutlineNode[] nodes, params ResponsibleUnitEntry[] units) => new(
        "Test2024",
        "测试市卫生健康委员会2024年工作要点",
        "测试市卫生健康委员会",
        2024,
        root,
        nodes.ToEquatableArray(),
        units.ToEquatableArray(),
        EquatableArray.Empty<ExtractionProblem>());

    public static OutlineNode Root(params QuantityMention[] mentions) => new(
        string.Empty,
        NodeKind.Root,
        0,
        NumberingStyle.None,
        0,
        string.Empty,
        string.Empty,
        "前言",
        new SourceSpan(0, 2, 1, 1, 1, 3),
        EquatableArray.Empty<string>(),
        EquatableArray.Empty<string>(),
        mentions.ToEquatableArray());

    public static OutlineNode Node(string path, NodeKind kind, int line, string[]? lead = null, string[]? participants = null, params QuantityMention[] mentions) => new(
        path,
        kind,
        path.Count(c => c == '/') + 1,
        NumberingStyle.Arabic,
        int.Parse(path.Split('/').Last(), CultureInfo.InvariantCulture),
        path.Split('/').Last() + ".",
        "标题" + path,
        "标题" + path + "。正文。",
        new SourceSpan(100 * line, 10, line, 1, line, 11),
        (lead ?? []).ToEquatableArray(),
        (participants ?? []).ToEquatableArray(),
        mentions.ToEquatableArray());

    public static QuantityMention Mention(
        string indicator,
        decimal? value,
        TargetKind kind = TargetKind.Target,
        int line = 1,
        int column = 1,
        string? unit = "%",
        Comparison comparison = Comparison.AtLeast,
        decimal? max = null,
        bool malformed = false) => new(
        indicator,
        indicator + "达" + value?.ToString(CultureInfo.InvariantCulture) + unit,
        value?.ToString(CultureInfo.InvariantCulture) + unit,
        value,
        max,
        unit,
        comparison,
        kind,
        null,
        new SourceSpan(0, 3, line, column, line, column + 3),
        malformed);
}
