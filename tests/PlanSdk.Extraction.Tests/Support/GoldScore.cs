using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PlanSdk.Extraction.Tests.Support;

/// <summary>
/// The extraction contract's scoring (§4), computed on the engine's model against a gold file:
/// nodes by path, responsible units per task, targets matched by path and value (nearest column
/// first), and the share of found targets with the right unit, comparison, kind and indicator.
/// </summary>
internal sealed class GoldScore
{
    public int NodesGold { get; private set; }
    public int NodesExported { get; private set; }
    public int NodesFound { get; private set; }
    public int UnitTasks { get; private set; }
    public int UnitTasksRight { get; private set; }
    public int TargetsGold { get; private set; }
    public int TargetsFound { get; private set; }
    public int TargetsExported { get; private set; }
    public int TargetsExportedRight { get; private set; }
    public int UnitRight { get; private set; }
    public int ComparisonRight { get; private set; }
    public int KindRight { get; private set; }
    public int IndicatorRight { get; private set; }
    public List<string> Misses { get; } = new();

    public double NodeRecall => Ratio(NodesFound, NodesGold);
    public double NodePrecision => Ratio(NodesFound, NodesExported);
    public double UnitTaskAccuracy => Ratio(UnitTasksRight, UnitTasks);
    public double TargetRecall => Ratio(TargetsFound, TargetsGold);
    public double TargetPrecision => Ratio(TargetsExportedRight, TargetsExported);
    public double TargetF1 => TargetRecall + TargetPrecision == 0 ? 0 : 2 * TargetRecall * TargetPrecision / (TargetRecall + TargetPrecision);
    public double UnitAccuracy => Ratio(UnitRight, TargetsFound);
    public double ComparisonAccuracy => Ratio(ComparisonRight, TargetsFound);
    public double KindAccuracy => Ratio(KindRight, TargetsFound);
    public double IndicatorAccuracy => Ratio(IndicatorRight, TargetsFound);

    public override string ToString() =>
        $"nodes R {NodeRecall:F3} P {NodePrecision:F3} | units {UnitTaskAccuracy:F3} | targets F1 {TargetF1:F3} R {TargetRecall:F3} P {TargetPrecision:F3} | "
        + $"unit {UnitAccuracy:F3} cmp {ComparisonAccuracy:F3} kind {KindAccuracy:F3} ind {IndicatorAccuracy:F3}";

    public static GoldScore Total(IEnumerable<GoldScore> scores)
    {
        var total = new GoldScore();
        foreach (var s in scores)
        {
            total.NodesGold += s.NodesGold;
            total.NodesExported += s.NodesExported;
            total.NodesFound += s.NodesFound;
            total.UnitTasks += s.UnitTasks;
            total.UnitTasksRight += s.UnitTasksRight;
            total.TargetsGold += s.TargetsGold;
            total.TargetsFound += s.TargetsFound;
            total.TargetsExported += s.TargetsExported;
            total.TargetsExportedRight += s.TargetsExportedRight;
            total.UnitRight += s.UnitRight;
            total.ComparisonRight += s.ComparisonRight;
            total.KindRight += s.KindRight;
            total.IndicatorRight += s.IndicatorRight;
            total.Misses.AddRange(s.Misses);
        }

        return total;
    }

    public static GoldScore Of(ExtractedPlan plan, string goldPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
        var score = new GoldScore();
        var goldNodes = document.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var exportedNodes = plan.Nodes.ToDictionary(n => n.Path, StringComparer.Ordinal);
        foreach (var gold in goldNodes)
        {
            var path = gold.GetProperty("path").GetString()!;
            if (path.Length == 0)
            {
                continue;
            }

            score.NodesGold++;
            var found = exportedNodes.TryGetValue(path, out var node);
            score.NodesFound += found ? 1 : 0;
            if (!found)
            {
                score.Misses.Add($"missing node {path}");
            }

            var lead = Strings(gold.GetProperty("lead"));
            var participants = Strings(gold.GetProperty("participants"));
            if (lead.Count + participants.Count > 0)
            {
                score.UnitTasks++;
                if (node is not null && lead.SetEquals(node.Lead) && participants.SetEquals(node.Participants))
                {
                    score.UnitTasksRight++;
                }
                else
                {
                    score.Misses.Add($"units {path}");
                }
            }
        }

        score.NodesExported = plan.Nodes.Count;
        var goldTargets = goldNodes.ToDictionary(
            n => n.GetProperty("path").GetString()!,
            n => n.GetProperty("targets").EnumerateArray().ToList(),
            StringComparer.Ordinal);
        var exportedTargets = plan.AllNodes().ToDictionary(n => n.Path, n => n.Mentions.Where(m => m.IsTarget && m.Value is not null).ToList(), StringComparer.Ordinal);
        foreach (var path in goldTargets.Keys.Union(exportedTargets.Keys))
        {
            var goldList = goldTargets.TryGetValue(path, out var g) ? g : new List<JsonElement>();
            var exportList = exportedTargets.TryGetValue(path, out var e) ? e : new List<QuantityMention>();
            score.ScorePath(path, goldList, exportList);
        }

        return score;
    }

    private void ScorePath(string path, List<JsonElement> gold, List<QuantityMention> exported)
    {
        var used = new HashSet<int>();
        TargetsExported += exported.Count;
        foreach (var mention in exported)
        {
            var best = -1;
            var bestDistance = long.MaxValue;
            for (var i = 0; i < gold.Count; i++)
            {
                if (used.Contains(i) || Number(gold[i], "value") is not { } value)
                {
                    continue;
                }

                if (Same(value, mention.Value) && Same(Number(gold[i], "max"), mention.Max))
                {
                    var distance = Math.Abs(((long)(gold[i].GetProperty("line").GetInt32() - mention.Span.Line) * 10000) + gold[i].GetProperty("column").GetInt32() - mention.Span.Column);
                    if (distance < bestDistance)
                    {
                        best = i;
                        bestDistance = distance;
                    }
                }
            }

            if (best < 0)
            {
                Misses.Add($"false {path} {mention.Written} ({mention.Text})");
                continue;
            }

            used.Add(best);
            TargetsExportedRight++;
            var g = gold[best];
            var kind = g.GetProperty("kind").GetString();
            if (kind is not ("target" or "actual"))
            {
                continue;
            }

            TargetsFound++;
            UnitRight += Squash(Text(g, "unit")) == Squash(mention.Unit) ? 1 : 0;
            ComparisonRight += (Text(g, "comparison") ?? "=") == mention.Comparison.ToSymbol() ? 1 : 0;
            KindRight += kind == mention.Kind.ToWord() ? 1 : 0;
            var gi = Squash(Text(g, "indicator"));
            var ei = Squash(mention.Indicator);
            IndicatorRight += gi.Length > 0 && ei.Length > 0 && (gi.Contains(ei, StringComparison.Ordinal) || ei.Contains(gi, StringComparison.Ordinal)) ? 1 : 0;
        }

        for (var i = 0; i < gold.Count; i++)
        {
            var kind = gold[i].GetProperty("kind").GetString();
            if (kind is "target" or "actual" && Number(gold[i], "value") is not null)
            {
                TargetsGold++;
                if (!used.Contains(i))
                {
                    Misses.Add($"missed {path} {Text(gold[i], "text")}");
                }
            }
        }
    }

    private static HashSet<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);

    private static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Same(decimal? a, decimal? b) => a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= 1e-9m * Math.Max(1m, Math.Abs(a.Value));

    private static string Squash(string? text) => string.Concat((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;
}
