using System.Globalization;
using System.IO;
using System.Linq;

namespace PlanSdk.Sample;

/// <summary>A summary's reported figures against targets: met, not met, no target (with related goals), unreadable.</summary>
internal static class ActualsReport
{
    public static void Print(Plan report, PlanSet plans, TextWriter output)
    {
        var checks = plans.CheckActuals(report);
        output.WriteLine($"{report.Id} ({report.Title}): {checks.Count} reported figures against targets");
        output.WriteLine();

        // The figures with a target of their indicator, or a goal of a related one, to judge.
        var table = new TextTable("Status", "Reported", "Figure", "Line", "Target", "Related goals (not compared)");
        foreach (var check in checks.Where(c => c.Target is not null || c.Related.Count > 0))
        {
            table.Add(
                check.Status.ToString(),
                check.Actual.IndicatorText,
                check.Actual.Figure,
                Number(check.Actual.Line),
                check.Target is { } target ? $"{target.IndicatorText} {target.Figure} (line {Number(target.Line)})" : "-",
                string.Join("; ", check.Related.Select(goal => $"{goal.IndicatorText} {goal.Figure} (line {Number(goal.Line)})")));
        }

        table.Print(output);
        output.WriteLine();
        output.WriteLine(string.Join(", ", System.Enum.GetValues<ActualStatus>().Select(status => $"{status}: {Number(checks.Count(c => c.Status == status))}")));
        var unmatched = checks.Count(c => c.Target is null && c.Related.Count == 0);
        output.WriteLine($"{Number(unmatched)} more figures have no target of their indicator, or of a related one, in {report.Id} or another plan of its issuer and year.");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
