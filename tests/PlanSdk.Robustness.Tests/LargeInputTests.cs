using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using PlanSdk.Extraction;
using PlanSdk.Robustness.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace PlanSdk.Robustness.Tests;

/// <summary>A plan of 5 MB (a reference plan's body over and over, each copy a part) through the engine, the generator and the compiler.</summary>
public sealed class LargeInputTests
{
    private const int Megabytes = 5;
    private static readonly string[] PartMarkers = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
    private readonly ITestOutputHelper _output;

    public LargeInputTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void FiveMegabytePlan_PassesTheEngineAndTheGenerator()
    {
        // Whole plans one after another would be read as one plan and its trailer: repeat a plan's body instead,
        // each copy a part of its own (一、 … 十、, then again), its tasks numbered 1. … 29. under it.
        var zibo = SeedPlans.All.Single(p => p.Id == "Zibo2024").Text;
        var body = zibo.Substring(zibo.IndexOf("1.推进医药卫生一体化整合", StringComparison.Ordinal));
        var text = new StringBuilder("标题: 某市卫生健康委员会2024年工作计划\n");
        var bytes = 0;
        for (var part = 0; bytes < Megabytes * 1024 * 1024; part++)
        {
            var copy = PartMarkers[part % PartMarkers.Length] + "、第" + (part + 1).ToString(CultureInfo.InvariantCulture) + "部分\n" + body + "\n";
            text.Append(copy);
            bytes += Encoding.UTF8.GetByteCount(copy);
        }

        var clock = Stopwatch.StartNew();
        Assert.Null(Checks.Engine("Large", text.ToString()));
        var plan = PlanReader.Read("Large", text.ToString());
        var engine = clock.Elapsed;
        Assert.Null(Checks.Generator(new[] { ("plans/Large.txt", text.ToString()) }, GeneratorSettings.Default, compile: true));

        _output.WriteLine($"{Encoding.UTF8.GetByteCount(text.ToString()):N0} bytes, {plan.Nodes.Count:N0} nodes, {plan.AllNodes().Sum(n => n.Mentions.Count):N0} mentions: engine {engine.TotalSeconds:F1} s, generator and compiler {(clock.Elapsed - engine).TotalSeconds:F1} s");
    }
}
