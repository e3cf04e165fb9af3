using System;
using System.Collections.Generic;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk;

/// <summary>
/// A published work plan, typed: its outline of sections and tasks, the targets they set and the
/// units responsible for them. Build one from plan text with <see cref="FromExtraction"/>, or read
/// one from the JSON export with <see cref="PlanJson.Deserialize"/>.
/// </summary>
public sealed class Plan
{
    private readonly Dictionary<string, PlanNode> _nodesByPath;
    private readonly Dictionary<string, ResponsibleUnit> _unitsBySpelling;

    /// <summary>Creates a plan.</summary>
    /// <param name="id">The plan id (<c>Zibo2024</c>).</param>
    /// <param name="title">The document title, when known.</param>
    /// <param name="issuer">The issuing body, when known.</param>
    /// <param name="year">The plan year, when known.</param>
    /// <param name="sourceFile">The text file the plan was read from (<c>plans/Zibo2024.txt</c>), when known.</param>
    /// <param name="nodes">Every node in document order (the root, if given, first).</param>
    /// <param name="units">Every responsible unit, with its spellings.</param>
    public Plan(
        string id,
        string? title,
        string? issuer,
        int? year,
        string? sourceFile,
        IEnumerable<PlanNode> nodes,
        IEnumerable<ResponsibleUnit> units)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title;
        Issuer = issuer;
        Year = year;
        SourceFile = sourceFile;
        Nodes = (nodes ?? throw new ArgumentNullException(nameof(nodes))).ToArray();
        Units = (units ?? throw new ArgumentNullException(nameof(units))).ToArray();
        Sections = Nodes.OfType<Section>().ToArray();
        Tasks = Nodes.OfType<PlanTask>().ToArray();
        Targets = Nodes.SelectMany(node => node.Targets).ToArray();

        _nodesByPath = new Dictionary<string, PlanNode>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            // A document can repeat a heading number (reported by the engine as DuplicateNumber):
            // the first node with a path is the one found by it.
            if (!_nodesByPath.TryGetValue(node.Path, out _))
            {
                _nodesByPath[node.Path] = node;
            }
        }

        foreach (var node in Nodes)
        {
            node.AttachTo(this);
            foreach (var unit in node.Lead)
            {
                unit.Unit.Attach(node, lead: true);
            }

            foreach (var unit in node.Participants)
            {
                unit.Unit.Attach(node, lead: false);
            }
        }

        _unitsBySpelling = new Dictionary<string, ResponsibleUnit>(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            foreach (var spelling in unit.Aliases.Prepend(unit.Name))
            {
                if (!_unitsBySpelling.TryGetValue(spelling, out _))
                {
                    _unitsBySpelling[spelling] = unit;
                }
            }
        }
    }

    /// <summary>The plan id, usually the file name without extension (<c>Zibo2024</c>).</summary>
    public string Id { get; }

    /// <summary>The document title (<c>淄博市卫生健康委员会2024年度工作计划</c>), when found.</summary>
    public string? Title { get; }

    /// <summary>The issuing body (<c>淄博市卫生健康委员会</c>), when found.</summary>
    public string? Issuer { get; }

    /// <summary>The plan year, when found.</summary>
    public int? Year { get; }

    /// <summary>The text file the plan was read from (<c>plans/Zibo2024.txt</c>); null when unknown (as after reading JSON).</summary>
    public string? SourceFile { get; }

    /// <summary>
    /// Every node in document order, sections as well as tasks; the root (path <c>""</c>) comes
    /// first, and only when the text before the first numbered heading holds targets.
    /// </summary>
    public IReadOnlyList<PlanNode> Nodes { get; }

    /// <summary>The sections and parts, in document order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>The tasks, in document order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>Every target of every node, in node order and then document order.</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Every responsible unit the plan names, each with its spellings.</summary>
    public IReadOnlyList<ResponsibleUnit> Units { get; }

    /// <summary>Builds the typed plan from the extraction engine's model.</summary>
    /// <param name="plan">The engine's model, finished (<see cref="PlanReader.Read"/>): its targets named.</param>
    /// <param name="sourceFile">The text file it was read from (<c>plans/Zibo2024.txt</c>), when known.</param>
    /// <returns>The plan.</returns>
    public static Plan FromExtraction(ExtractedPlan plan, string? sourceFile = null) => PlanBuilder.Build(plan, sourceFile);

    /// <summary>Finds the node with a path (<c>6/16</c>; <c>""</c> for the root, when listed).</summary>
    /// <param name="path">The path.</param>
    /// <returns>The node (the first one, should the document repeat a number), or null.</returns>
    public PlanNode? FindNode(string path) =>
        path is not null && _nodesByPath.TryGetValue(path, out var node) ? node : null;

    /// <summary>Finds a responsible unit by its canonical name or any alias (ordinal comparison).</summary>
    /// <param name="nameOrAlias">A spelling (<c>委规信科</c>).</param>
    /// <returns>The unit, or null.</returns>
    public ResponsibleUnit? FindUnit(string nameOrAlias) =>
        nameOrAlias is not null && _unitsBySpelling.TryGetValue(nameOrAlias, out var unit) ? unit : null;

    /// <summary>
    /// The figures this plan reports (<see cref="TargetKind.Actual"/>) against the goals it sets itself, as a
    /// half-year summary reports the first half and sets the second: see <see cref="ActualCheck"/>.
    /// </summary>
    /// <returns>One check per reported figure, in document order.</returns>
    public IReadOnlyList<ActualCheck> CheckActuals() => ActualMatcher.Check(this, new[] { this });

    /// <summary>The figures this plan reports against the goals of another plan (a summary against its year's plan).</summary>
    /// <param name="plan">The plan whose goals count.</param>
    /// <returns>One check per reported figure, in document order.</returns>
    public IReadOnlyList<ActualCheck> CheckActuals(Plan plan) =>
        ActualMatcher.Check(this, new[] { plan ?? throw new ArgumentNullException(nameof(plan)) });

    /// <inheritdoc />
    public override string ToString() => Id;
}
