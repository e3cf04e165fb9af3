using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Json;

/// <summary>Maps between the runtime model and the export DTOs, checking what JSON input holds.</summary>
internal static class PlanJsonMapper
{
    /// <summary>The export word of the root's kind; spec section 3 names only <c>section</c> and <c>task</c>.</summary>
    public const string RootKind = "root";

    /// <summary>The export word of a section's kind.</summary>
    public const string SectionKind = "section";

    /// <summary>The export word of a task's kind.</summary>
    public const string TaskKind = "task";

    public static PlanDto ToDto(Plan plan) => new(
        plan.Id,
        plan.Title,
        plan.Issuer,
        plan.Year,
        plan.Nodes.Select(ToDto).ToArray());

    public static Plan FromDto(PlanDto dto)
    {
        var units = new UnitTable(Array.Empty<ResponsibleUnit>());
        var nodes = new List<PlanNode>(dto.Nodes.Count);
        for (var i = 0; i < dto.Nodes.Count; i++)
        {
            nodes.Add(FromDto(dto.Nodes[i], $"$.nodes[{i.ToString(CultureInfo.InvariantCulture)}]", units));
        }

        return new Plan(dto.Id, dto.Title, dto.Issuer, dto.Year, sourceFile: null, nodes, units.All);
    }

    private static NodeDto ToDto(PlanNode node) => new(
        node.Path,
        node.Kind switch
        {
            PlanNodeKind.Root => RootKind,
            PlanNodeKind.Section => SectionKind,
            _ => TaskKind,
        },
        node.Title,
        node.Line,
        node.Lead.Select(unit => unit.Name).ToArray(),
        node.Participants.Select(unit => unit.Name).ToArray(),
        node.Targets.Select(ToDto).ToArray());

    private static TargetDto ToDto(Target target) => new(
        target.Name,
        target.IndicatorText,
        target.Text,
        DecimalText.Normalize(target.Value),
        DecimalText.Normalize(target.Max),
        target.Unit?.Symbol,
        target.Comparison.ToSymbol(),
        target.Kind.ToWord(),
        target.Deadline,
        target.Line,
        target.Column,
        target.Malformed);

    private static PlanNode FromDto(NodeDto dto, string at, UnitTable units)
    {
        var number = ReadPath(dto.Path, at + ".path");
        var isRoot = dto.Path.Length == 0;
        var expected = isRoot ? RootKind : null;
        if (expected is not null && !string.Equals(dto.Kind, expected, StringComparison.Ordinal))
        {
            throw Error(at + ".kind", $"the root (path \"\") must have kind \"{RootKind}\", not \"{dto.Kind}\".");
        }

        if (!isRoot && dto.Kind is not (SectionKind or TaskKind))
        {
            throw Error(at + ".kind", $"unknown node kind \"{dto.Kind}\"; expected \"{SectionKind}\" or \"{TaskKind}\" (\"{RootKind}\" only for path \"\").");
        }

        CheckPosition(dto.Line, at + ".line");
        var targets = new List<Target>(dto.Targets.Count);
        for (var i = 0; i < dto.Targets.Count; i++)
        {
            targets.Add(FromDto(dto.Targets[i], dto.Path, $"{at}.targets[{i.ToString(CultureInfo.InvariantCulture)}]"));
        }

        if (isRoot)
        {
            if (dto.Lead.Count > 0 || dto.Participants.Count > 0 || dto.Title.Length > 0)
            {
                throw Error(at, "the root (path \"\") has no title and no responsible units.");
            }

            return new PlanRoot(text: null, dto.Line, targets);
        }

        var lead = ReadUnits(dto.Lead, at + ".lead", units);
        var participants = ReadUnits(dto.Participants, at + ".participants", units);
        return dto.Kind == SectionKind
            ? new Section(dto.Path, number, dto.Title, text: null, dto.Line, targets, lead, participants)
            : new PlanTask(dto.Path, number, dto.Title, text: null, dto.Line, targets, lead, participants);
    }

    private static Target FromDto(TargetDto dto, string path, string at)
    {
        if (!Vocabulary.TryParseComparison(dto.Comparison, out var comparison))
        {
            throw Error(at + ".comparison", $"unknown comparison \"{dto.Comparison}\"; expected one of =, >=, <=, >, <, ~, range.");
        }

        if (!Vocabulary.TryParseKind(dto.Kind, out var kind))
        {
            throw Error(at + ".kind", $"unknown target kind \"{dto.Kind}\"; expected target, actual or context.");
        }

        if (dto.Unit is { Length: 0 })
        {
            throw Error(at + ".unit", "the unit is an empty string; write null when no unit is written.");
        }

        if (dto.Name is { Length: 0 })
        {
            throw Error(at + ".name", "the name is an empty string; write null when the target has no name.");
        }

        CheckPosition(dto.Line, at + ".line");
        CheckPosition(dto.Column, at + ".column");
        return new Target(
            dto.Name,
            dto.Indicator,
            dto.Text,
            DecimalText.Normalize(dto.Value),
            DecimalText.Normalize(dto.Max),
            dto.Unit is null ? null : new Unit(dto.Unit),
            comparison,
            kind,
            dto.Deadline,
            dto.Line,
            dto.Column,
            path,
            dto.Malformed,
            MeasuredIndicator(dto.Indicator, kind));
    }

    /// <summary>Checks a path (<c>""</c> or positive integers joined by <c>/</c>) and returns its last number.</summary>
    private static int ReadPath(string path, string at)
    {
        if (path.Length == 0)
        {
            return 0;
        }

        var number = 0;
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part.Length > 9 || !part.All(c => c is >= '0' and <= '9')
                || (number = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture)) == 0)
            {
                throw Error(at, $"\"{path}\" is not a node path; expected positive integers joined by '/' (\"6/16\"), or \"\" for the root.");
            }
        }

        return number;
    }

    private static List<UnitRef> ReadUnits(IReadOnlyList<string> spellings, string at, UnitTable units)
    {
        var refs = new List<UnitRef>(spellings.Count);
        for (var i = 0; i < spellings.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(spellings[i]))
            {
                throw Error($"{at}[{i.ToString(CultureInfo.InvariantCulture)}]", "a unit name must be a non-empty string.");
            }

            refs.Add(units.Resolve(spellings[i]));
        }

        return refs;
    }

    private static void CheckPosition(int value, string at)
    {
        if (value < 1)
        {
            throw Error(at, $"{value.ToString(CultureInfo.InvariantCulture)} is not a 1-based position.");
        }
    }

    private static PlanJsonException Error(string at, string message) =>
        new($"The plan JSON is not valid at {at}: {message}", at, lineNumber: null, bytePositionInLine: null, innerException: null);

    /// <summary>
    /// The indicator a target read from JSON measures: the export does not carry it, so the
    /// engine's glossary classifies the written indicator, as it does when it reads the text.
    /// </summary>
    private static Indicator? MeasuredIndicator(string indicatorText, TargetKind kind) =>
        kind != TargetKind.Context && IndicatorGlossary.Default.Classify(indicatorText) is { } name ? Indicator.FromName(name) : null;
}
