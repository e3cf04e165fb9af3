using System.Linq;
using PlanSdk.Extraction;
using PlanSdk.Generators.Input;

namespace PlanSdk.Generators.Emit;

/// <summary>
/// Writes the C# of one plan (<c>Zibo2024.g.cs</c>): a static class named by the plan id with the
/// whole <c>Plan</c>, a typed member per node (flat where the document numbers across the plan,
/// nested where numbering restarts), a typed member per target on its node, the responsible
/// units, and a private data class that builds everything on first use. Nothing is parsed at run time.
/// </summary>
internal sealed class PlanClassEmitter
{
    private const string Rt = "global::PlanSdk.";
    private readonly ExtractedPlan _plan;
    private readonly string _file;
    private readonly GeneratorOptions _options;
    private readonly GeneratedNames _names;
    private readonly SourceWriter _w = new();
    private readonly bool[] _hasType;

    private PlanClassEmitter(PlanToEmit input, GeneratorOptions options)
    {
        _plan = input.Plan;
        _file = input.DisplayPath;
        _options = options;
        _names = new GeneratedNames(_plan, input.ClassName);
        _hasType = new bool[_plan.Nodes.Count];
        for (var i = 0; i < _plan.Nodes.Count; i++)
        {
            _hasType[i] |= _plan.Nodes[i].Mentions.Any(m => m.IsTarget);
            var container = _names.Container(i);
            if (container >= 0)
            {
                _hasType[container] = true;
            }
        }
    }

    private string Nullable => _options.NullableAnnotations ? "?" : string.Empty;

    public static string Emit(PlanToEmit input, GeneratorOptions options) => new PlanClassEmitter(input, options).Write();

    private string Write()
    {
        GeneratedFile.Header(_w, _options);
        _w.Line("namespace " + _options.Namespace).Open();
        _w.Line("/// <summary>")
          .Line("/// " + Literals.XmlText(_plan.Title ?? _plan.Id) + " (" + Literals.XmlText(_file) + "): "
                + _plan.Nodes.Count(n => n.Kind == NodeKind.Task) + " tasks, " + _plan.AllNodes().Sum(n => n.Mentions.Count(m => m.IsTarget)) + " targets.")
          .Line("/// </summary>");
        GeneratedFile.Attribute(_w);
        _w.Line(_options.Visibility + " static partial class " + _names.ClassName).Open();
        _w.Summary("The whole plan: outline, targets and responsible units, built on first use.");
        _w.Line("public static " + Rt + "Plan Plan => Data.Plan;");
        for (var i = 0; i < _plan.Nodes.Count; i++)
        {
            if (_names.Container(i) < 0)
            {
                WriteNodeMember(i);
            }
        }

        if (_plan.Root.Mentions.Any(m => m.IsTarget))
        {
            _w.Line();
            _w.Summary("The text before the first heading (" + _file + "), with its own targets.");
            _w.Line("public static " + Rt + "PlanRoot Root => Data.Root;");
        }

        for (var i = 0; i < _plan.Nodes.Count; i++)
        {
            if (_hasType[i])
            {
                WriteNodeType(i);
            }
        }

        WriteUnits();
        WriteData();
        _w.Close();
        _w.Close();
        return _w.ToString();
    }

    private void WriteNodeMember(int i)
    {
        var node = _plan.Nodes[i];
        _w.Line();
        _w.Summary(Heading(node));
        var type = _hasType[i] ? _names.TypeName(i) : Rt + (node.Kind == NodeKind.Task ? "PlanTask" : "Section");
        var owner = _names.Container(i) < 0 ? "public static " : "public ";
        _w.Line(owner + type + " " + _names.Member(i).Name + " => Data." + GeneratedNames.Field(i) + ";");
    }

    private void WriteNodeType(int i)
    {
        var node = _plan.Nodes[i];
        var baseType = Rt + (node.Kind == NodeKind.Task ? "PlanTask" : "Section");
        _w.Line();
        _w.Summary(Heading(node) + ", with its targets and sub-items as members.");
        GeneratedFile.Attribute(_w);
        _w.Line("public sealed class " + _names.TypeName(i) + " : " + baseType).Open();
        _w.Line("internal " + _names.TypeName(i) + "(string path, int number, string title, string" + Nullable + " text, int line, "
            + "global::System.Collections.Generic.IEnumerable<" + Rt + "Target> targets, "
            + "global::System.Collections.Generic.IEnumerable<" + Rt + "UnitRef> lead, "
            + "global::System.Collections.Generic.IEnumerable<" + Rt + "UnitRef> participants)");
        _w.Line("    : base(path, number, title, text, line, targets, lead, participants)").Open().Close();
        var index = 0;
        foreach (var mention in node.Mentions.Where(m => m.IsTarget))
        {
            _w.Line();
            _w.Summary(mention.Text + " (" + _file + ":" + mention.Span.Line + ")");
            _w.Line("public " + Rt + "Target " + mention.Name + " => Targets[" + Literals.Int(index++) + "];");
        }

        for (var child = 0; child < _plan.Nodes.Count; child++)
        {
            if (_names.Container(child) == i)
            {
                WriteNodeMember(child);
            }
        }

        _w.Close();
    }

    private void WriteUnits()
    {
        if (_plan.Units.Count == 0)
        {
            return;
        }

        _w.Line();
        _w.Summary("The units responsible for the plan's tasks, each with the tasks it leads and takes part in.");
        GeneratedFile.Attribute(_w);
        _w.Line("public static class Units").Open();
        for (var u = 0; u < _plan.Units.Count; u++)
        {
            var unit = _plan.Units[u];
            var leads = _plan.Nodes.Where(n => n.Lead.Any(l => Spells(unit, l))).Select(n => n.Path).ToList();
            var summary = unit.Name + (unit.Aliases.Count > 0 ? " (also " + string.Join(", ", unit.Aliases) + ")" : string.Empty)
                + (leads.Count > 0 ? ": leads " + string.Join(", ", leads) : string.Empty);
            if (u > 0)
            {
                _w.Line();
            }

            _w.Summary(summary);
            _w.Line("public static " + Rt + "ResponsibleUnit " + _names.UnitMember(u) + " => Data." + GeneratedNames.UnitField(u) + ";");
        }

        _w.Close();
    }

    private static bool Spells(ResponsibleUnitEntry unit, string spelling) =>
        unit.Name == spelling || unit.Aliases.Contains(spelling);

    private void WriteData()
    {
        _w.Line();
        _w.Line("private static class Data").Open();
        _w.Line("static Data()").Open().Close();
        _w.Line();
        for (var u = 0; u < _plan.Units.Count; u++)
        {
            var unit = _plan.Units[u];
            _w.Line("internal static readonly " + Rt + "ResponsibleUnit " + GeneratedNames.UnitField(u) + " = new " + Rt + "ResponsibleUnit("
                + Literals.String(unit.Name) + ", " + Strings(unit.Aliases) + ", " + (unit.Collective ? "true" : "false") + ");");
        }

        var rootHasTargets = _plan.Root.Mentions.Any(m => m.IsTarget);
        if (rootHasTargets)
        {
            _w.Line("internal static readonly " + Rt + "PlanRoot Root = new " + Rt + "PlanRoot(" + Literals.String(_plan.Root.Text) + ", "
                + Literals.Int(_plan.Root.Span.Line) + ", " + Targets(_plan.Root) + ");");
        }

        for (var i = 0; i < _plan.Nodes.Count; i++)
        {
            var node = _plan.Nodes[i];
            var type = _hasType[i] ? _names.TypeName(i) : Rt + (node.Kind == NodeKind.Task ? "PlanTask" : "Section");
            _w.Line("internal static readonly " + type + " " + GeneratedNames.Field(i) + " = new " + type + "(");
            _w.Line("    " + Literals.String(node.Path) + ", " + Literals.Int(node.Number) + ", " + Literals.String(node.Title) + ", "
                + Literals.String(node.Text) + ", " + Literals.Int(node.Span.Line) + ",");
            _w.Line("    " + Targets(node) + ",");
            _w.Line("    " + UnitRefs(node.Lead) + ",");
            _w.Line("    " + UnitRefs(node.Participants) + ");");
        }

        var nodes = Enumerable.Range(0, _plan.Nodes.Count).Select(GeneratedNames.Field);
        if (rootHasTargets)
        {
            nodes = nodes.Prepend("Root");
        }

        _w.Line("internal static readonly " + Rt + "Plan Plan = new " + Rt + "Plan(");
        _w.Line("    " + Literals.String(_plan.Id) + ", " + Literals.String(_plan.Title) + ", " + Literals.String(_plan.Issuer) + ", "
            + (_plan.Year is { } year ? Literals.Int(year) : "null") + ", " + Literals.String(_file) + ",");
        _w.Line("    new " + Rt + "PlanNode[] { " + string.Join(", ", nodes) + " },");
        _w.Line("    new " + Rt + "ResponsibleUnit[] { " + string.Join(", ", Enumerable.Range(0, _plan.Units.Count).Select(GeneratedNames.UnitField)) + " });");
        _w.Close();
    }

    private static string Targets(OutlineNode node)
    {
        var targets = node.Mentions.Where(m => m.IsTarget).Select(m => Target(m, node.Path)).ToList();
        return targets.Count == 0
            ? "new " + Rt + "Target[0]"
            : "new " + Rt + "Target[] { " + string.Join(", ", targets) + " }";
    }

    private static string Target(QuantityMention m, string path) =>
        "new " + Rt + "Target(" + Literals.String(m.Name) + ", " + Literals.String(m.Indicator) + ", " + Literals.String(m.Text) + ", "
        + Literals.Decimal(m.Value) + ", " + Literals.Decimal(m.Max) + ", "
        + (m.Unit is { Length: > 0 } unit ? "new " + Rt + "Unit(" + Literals.String(unit) + ")" : "null") + ", "
        + Rt + "Comparison." + m.Comparison + ", " + Rt + "TargetKind." + m.Kind + ", " + Literals.String(m.Deadline) + ", "
        + Literals.Int(m.Span.Line) + ", " + Literals.Int(m.Span.Column) + ", " + Literals.String(path) + ", " + (m.Malformed ? "true" : "false")
        + (m.Measures is { } measures ? ", " + Measured(measures) : string.Empty) + ")";

    /// <summary>A well-known indicator by its member (<c>global::PlanSdk.Indicator.SigningRate</c>), another by name.</summary>
    private static string Measured(string name) =>
        global::PlanSdk.Indicator.Find(name) is not null
            ? Rt + "Indicator." + name
            : Rt + "Indicator.FromName(" + Literals.String(name) + ")";

    private string UnitRefs(EquatableArray<string> spellings) =>
        spellings.Count == 0
            ? "new " + Rt + "UnitRef[0]"
            : "new " + Rt + "UnitRef[] { " + string.Join(", ", spellings.Select(s => "new " + Rt + "UnitRef(" + Literals.String(s) + ", " + _names.UnitField(s) + ")")) + " }";

    private static string Strings(EquatableArray<string> values) =>
        values.Count == 0 ? "new string[0]" : "new string[] { " + string.Join(", ", values.Select(Literals.String)) + " }";

    private string Heading(OutlineNode node) =>
        node.Marker + node.Title + " (" + _file + ":" + node.Span.Line + ")";
}
