using System;
using System.Collections.Generic;
using System.Linq;

namespace PlanSdk;

/// <summary>Matches reported figures with targets, by the rules <see cref="ActualCheck"/> states.</summary>
internal static class ActualMatcher
{
    /// <summary>The report, then every other plan of the same issuer and year.</summary>
    public static IReadOnlyList<Plan> CandidatePlans(Plan report, IEnumerable<Plan> plans) =>
        plans.Where(plan => !ReferenceEquals(plan, report)
                && report.Issuer is not null && report.Year is not null
                && string.Equals(plan.Issuer, report.Issuer, StringComparison.Ordinal) && plan.Year == report.Year)
            .Prepend(report)
            .ToArray();

    public static IReadOnlyList<ActualCheck> Check(Plan report, IReadOnlyList<Plan> plans)
    {
        var goals = plans.SelectMany(plan => plan.Targets).Where(t => t.Kind == TargetKind.Target).ToArray();
        var checks = new List<ActualCheck>();
        foreach (var actual in report.Targets)
        {
            if (actual.Kind != TargetKind.Actual)
            {
                continue;
            }

            var written = Squash(actual.IndicatorText);
            var candidates = goals.Where(goal => SameIndicator(actual, written, goal) && goal.Unit == actual.Unit).ToArray();
            var target = candidates.FirstOrDefault(goal => Squash(goal.IndicatorText) == written) ?? candidates.FirstOrDefault();
            var related = goals.Where(goal => !ReferenceEquals(goal, target) && IsRelated(actual, goal)).ToArray();
            checks.Add(new ActualCheck(actual, target, StatusOf(actual, target), related));
        }

        return checks;
    }

    private static ActualStatus StatusOf(Target actual, Target? target)
    {
        if (target is null)
        {
            return ActualStatus.NoTarget;
        }

        if (actual.Value is not { } value || target.Value is null || (target.Comparison == Comparison.Between && target.Max is null))
        {
            return ActualStatus.Unreadable;
        }

        return target.IsMetBy(value) ? ActualStatus.Met : ActualStatus.NotMet;
    }

    private static bool SameIndicator(Target actual, string written, Target goal) =>
        actual.Indicator is not null && goal.Indicator is not null
            ? actual.Indicator == goal.Indicator
            : written.Length > 0 && Squash(goal.IndicatorText) == written;

    private static bool IsRelated(Target actual, Target goal) =>
        actual.Indicator is { } measured && goal.Indicator is { } other && measured != other && measured.Root == other.Root;

    private static string Squash(string text) => Extraction.Text.WhiteSpace.Remove(text);
}
