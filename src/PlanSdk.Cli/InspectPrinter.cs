using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>Writes a plan for people: header, outline tree with units and targets, summary, problems.</summary>
internal static class InspectPrinter
{
    /// <summary>Prints the plan and the engine's problems.</summary>
    public static void Print(TextWriter output, Plan plan, IReadOnlyList<ExtractionProblem> problems)
    {
        output.WriteLine($"id      {plan.Id}");
        output.WriteLine($"title   {plan.Title ?? "(not found)"}");
        output.WriteLine($"issuer  {plan.Issuer ?? "(not found)"}");
        output.WriteLine($"year    {(plan.Year is { } year ? Format(year) : "(not found)")}");
        output.WriteLine($"file    {plan.SourceFile ?? "(unknown)"}");
        output.WriteLine();
        output.WriteLine("Outline (path  kind  title  line)");
        if (plan.Nodes.Count == 0)
        {
            output.WriteLine("  (no numbered heading found)");
        }

        foreach (var node in plan.Nodes)
        {
            PrintNode(output, node);
        }

        output.WriteLine();
        var actuals = plan.Targets.Count(target => target.Kind == TargetKind.Actual);
        output.WriteLine(
            $"Summary: {Count(plan.Sections.Count, "section")}, {Count(plan.Tasks.Count, "task")}, "
            + $"{Count(plan.Targets.Count, "target")} ({Format(plan.Targets.Count - actuals)} goal, {Format(actuals)} actual), "
            + $"{Count(plan.Units.Count, "responsible unit")}, {Count(problems.Count, "problem")}");

        if (problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Problems (code  line:column  message)");
            foreach (var problem in problems)
            {
                var file = problem.FilePath is { } path ? path + " " : string.Empty;
                output.WriteLine($"  {problem.Code}  {file}{Format(problem.Span.Line)}:{Format(problem.Span.Column)}  {problem.Message}");
            }
        }
    }

    private static void PrintNode(TextWriter output, PlanNode node)
    {
        var indent = new string(' ', 2 * Math.Max(1, node.Depth));
        var heading = node.Kind == PlanNodeKind.Root
            ? "(root)  root  text before the first heading"
            : $"{node.Path}  {Kind(node.Kind)}  {node.Title}";
        output.WriteLine($"{indent}{heading}  line {Format(node.Line)}");
        if (node.Lead.Count > 0)
        {
            output.WriteLine($"{indent}    lead: {Units(node.Lead)}");
        }

        if (node.Participants.Count > 0)
        {
            output.WriteLine($"{indent}    participants: {Units(node.Participants)}");
        }

        foreach (var target in node.Targets)
        {
            output.WriteLine($"{indent}    - {Format(target.Line)}:{Format(target.Column)}  {Describe(target)}");
            output.WriteLine($"{indent}      text: {target.Text}");
        }
    }

    private static string Describe(Target target)
    {
        var details = new List<string> { target.Kind.ToWord() };
        if (target.Deadline is { } deadline)
        {
            details.Add("deadline " + deadline);
        }

        if (target.Malformed)
        {
            details.Add("malformed number");
        }

        var indicator = target.IndicatorText.Length > 0 ? target.IndicatorText : "(no indicator)";
        var member = target.Name is { } name ? $"  .{name}" : string.Empty;
        return $"{indicator}  {target.Figure}  [{string.Join(", ", details)}]{member}";
    }

    private static string Units(IEnumerable<UnitRef> units) => string.Join(", ", units.Select(unit =>
        unit.Name
        + (unit.IsAlias ? $" (= {unit.Unit.Name})" : string.Empty)
        + (unit.Unit.IsCollective ? " (collective)" : string.Empty)));

    private static string Kind(PlanNodeKind kind) => kind switch
    {
        PlanNodeKind.Root => "root",
        PlanNodeKind.Section => "section",
        _ => "task",
    };

    private static string Count(int count, string noun) => $"{Format(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
