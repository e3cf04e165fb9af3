using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace PlanSdk.Extraction.Tests.Support;

/// <summary>Runs the engine on small texts written for a test.</summary>
internal static class Extract
{
    /// <summary>A plan with one numbered task whose body is <paramref name="body"/>.</summary>
    public static ExtractedPlan Task(string body) => PlanExtractor.Extract("Test", "1.测试任务。" + body);

    public static ExtractedPlan Plan(string text) => PlanExtractor.Extract("Test", text);

    /// <summary>Every mention in the plan, in document order.</summary>
    public static List<QuantityMention> Mentions(ExtractedPlan plan) => plan.AllNodes().SelectMany(n => n.Mentions).ToList();

    /// <summary>The one target or actual found in a task body; fails when there is not exactly one.</summary>
    public static QuantityMention OnlyTarget(string body)
    {
        var targets = Mentions(Task(body)).Where(m => m.IsTarget).ToList();
        Assert.True(targets.Count == 1, $"expected one target in '{body}', found {targets.Count}: {string.Join(" | ", targets.Select(t => t.Written))}");
        return targets[0];
    }

    /// <summary>The targets and actuals found in a task body.</summary>
    public static List<QuantityMention> Targets(string body) => Mentions(Task(body)).Where(m => m.IsTarget).ToList();

    public static OutlineNode Node(ExtractedPlan plan, string path) =>
        plan.AllNodes().SingleOrDefault(n => n.Path == path) ?? throw new Xunit.Sdk.XunitException($"no node '{path}'; nodes: {string.Join(", ", plan.Nodes.Select(n => n.Path))}");

    public static string Paths(ExtractedPlan plan) => string.Join(" ", plan.Nodes.Select(n => n.Path));
}
