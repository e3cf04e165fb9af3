using System.Globalization;
using System.IO;

namespace PlanSdk.Sample;

/// <summary>A cross-city table of one indicator: every plan's signing-rate targets and reported figures.</summary>
internal static class SigningRateTable
{
    public static void Print(PlanSet plans, TextWriter output)
    {
        output.WriteLine($"Signing rates across {plans.Count} plans (Indicator.SigningRate and its kinds)");
        output.WriteLine();
        var table = new TextTable("Plan", "Year", "Indicator", "Measures", "Kind", "Figure", "Due", "Line");
        foreach (var row in plans.Compare(Indicator.SigningRate))
        {
            var year = row.Plan.Year?.ToString(CultureInfo.InvariantCulture) ?? "?";
            if (row.Targets.Count == 0)
            {
                table.Add(row.Plan.Id, year, "(none stated)", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
            }

            foreach (var target in row.Targets)
            {
                table.Add(
                    row.Plan.Id,
                    year,
                    target.IndicatorText,
                    target.Indicator?.Name ?? string.Empty,
                    target.Kind.ToWord(),
                    target.Figure,
                    target.Due?.ToString() ?? string.Empty,
                    target.Line.ToString(CultureInfo.InvariantCulture));
            }
        }

        table.Print(output);
    }
}
