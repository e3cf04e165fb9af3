using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PlanSdk.Extraction;

namespace PlanSdk.Corpus;

/// <summary>
/// The material of the synthetic plans, read from the reference plans by the engine: each task's
/// text (title and body, on one line) and each section's title. Texts that hold anything a
/// heading could be read from in another plan's numbering (<c>(1)</c>, <c>二是</c>, <c>。3.</c>)
/// are left out, so that a synthetic plan's outline is exactly the one it was written with. So are
/// texts with a financial numeral before <c>、</c>: the engine reads <c>队伍、</c> as the heading
/// <c>伍、</c> (5) when it continues a <c>一、</c> sequence.
/// </summary>
internal sealed class SeedPool
{
    private static readonly Regex MarkerLike = new(
        @"[(（]\s*[一二三四五六七八九十0-9０-９]{1,3}\s*[)）]"
        + @"|[二三四五六七八九十]是"
        + @"|[①-⑳]"
        + @"|[壹贰叁肆伍陆柒捌玖拾][、.．是]"
        + @"|第[一二三四五六七八九十]+(部分|章)"
        + @"|(^|[。；;：:！!？?，,）)\s])\s*(一是|[一二三四五六七八九十]{1,3}[、.．]|[0-9０-９]{1,3}[、.．](?![0-9０-９]))",
        RegexOptions.CultureInvariant);

    private static readonly Regex SummaryWords = new("总结|成效|完成情况|上半年|下半年|工作思路|打算|下一步", RegexOptions.CultureInvariant);

    private SeedPool(IReadOnlyList<string> tasks, IReadOnlyList<bool> hasTargets, IReadOnlyList<string> sectionTitles)
    {
        Tasks = tasks;
        HasTargets = hasTargets;
        SectionTitles = sectionTitles;
    }

    /// <summary>Task texts, title and body, one line each, in the order of the seeds.</summary>
    public IReadOnlyList<string> Tasks { get; }

    /// <summary>Whether the engine read targets in each task of <see cref="Tasks"/> in its seed plan.</summary>
    public IReadOnlyList<bool> HasTargets { get; }

    /// <summary>Section titles, in the order of the seeds.</summary>
    public IReadOnlyList<string> SectionTitles { get; }

    public static SeedPool From(IEnumerable<(string Id, string Text)> seeds)
    {
        var tasks = new List<string>();
        var hasTargets = new List<bool>();
        var titles = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, text) in seeds.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var plan = PlanExtractor.Extract(id, text);
            foreach (var node in plan.Nodes)
            {
                if (node.Kind == NodeKind.Task)
                {
                    var task = OneLine(node.Text);
                    if (task.Length >= 16 && task.Contains('。', StringComparison.Ordinal) && !MarkerLike.IsMatch(task) && seen.Add(task))
                    {
                        tasks.Add(task);
                        hasTargets.Add(node.Mentions.Any(m => m.IsTarget));
                    }
                }
                else if (node.Kind == NodeKind.Section)
                {
                    var title = OneLine(node.Title);
                    if (title.Length is >= 4 and <= 40 && !title.Contains('。', StringComparison.Ordinal)
                        && !MarkerLike.IsMatch(title) && !SummaryWords.IsMatch(title) && seen.Add(title))
                    {
                        titles.Add(title);
                    }
                }
            }
        }

        if (!hasTargets.Contains(true) || titles.Count == 0)
        {
            throw new ArgumentException("The seed plans hold no usable tasks with targets or section titles.", nameof(seeds));
        }

        return new SeedPool(tasks, hasTargets, titles);
    }

    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Trim();
}
