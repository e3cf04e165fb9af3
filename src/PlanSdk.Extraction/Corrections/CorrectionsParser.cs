using System.Collections.Generic;
using System.Globalization;
using PlanSdk.Extraction.Naming;

namespace PlanSdk.Extraction.Corrections;

/// <summary>
/// Reads a corrections file into <see cref="PlanCorrections"/>: checks its keys, value types,
/// symbols and member names, and reports each problem at the JSON value concerned. An entry with a
/// problem is left out; the others are kept.
/// </summary>
internal sealed class CorrectionsParser
{
    private const string TopKeys = "glossary, aliases and targets";
    private const string EntryKeys = "path, mention, drop, name, kind, value, max, unit, comparison, indicator, deadline and add";
    private const string FieldKeys = "name, kind, value, max, unit, comparison, indicator or deadline";
    private const string AddKeys = "indicator, text, value, max, unit, comparison, kind, deadline and name";

    private readonly string _filePath;
    private readonly List<ExtractionProblem> _problems;

    private CorrectionsParser(string filePath, List<ExtractionProblem> problems)
    {
        _filePath = filePath;
        _problems = problems;
    }

    public static PlanCorrections Parse(string json, string filePath, List<ExtractionProblem> problems)
    {
        var root = JsonReader.Read(json, out var error);
        if (root is null)
        {
            problems.Add(new ExtractionProblem(
                ProblemCode.CorrectionInvalidJson,
                $"The corrections file is not valid JSON: {error!.Message} (line {error.Span.Line}, column {error.Span.Column}).",
                error.Span,
                filePath));
            return PlanCorrections.Empty(filePath);
        }

        return new CorrectionsParser(filePath, problems).ReadRoot(root);
    }

    private PlanCorrections ReadRoot(JsonValue root)
    {
        if (root.Kind != JsonKind.Object)
        {
            Report(ProblemCode.CorrectionWrongType, $"The corrections file must hold one JSON object with the keys {TopKeys}, not {root.Description}.", root.Span);
            return PlanCorrections.Empty(_filePath);
        }

        var glossary = new List<(string Indicator, string Name)>();
        var aliases = new List<UnitAlias>();
        var targets = new List<TargetCorrection>();
        foreach (var property in root.Properties)
        {
            switch (property.Name)
            {
                case "glossary":
                    ReadGlossary(property.Value, glossary);
                    break;
                case "aliases":
                    ReadAliases(property.Value, aliases);
                    break;
                case "targets":
                    ReadTargets(property.Value, targets);
                    break;
                default:
                    Report(ProblemCode.CorrectionUnknownKey, $"Unknown key \"{property.Name}\" at the top of the corrections file; the keys are {TopKeys}.", property.NameSpan);
                    break;
            }
        }

        return new PlanCorrections(_filePath, glossary.ToEquatableArray(), aliases.ToEquatableArray(), targets.ToEquatableArray());
    }

    private void ReadGlossary(JsonValue value, List<(string Indicator, string Name)> glossary)
    {
        if (!Expect(value, JsonKind.Object, "\"glossary\" must be an object of indicator words and member names ({ \"筛查覆盖率\": \"ScreeningCoverageRate\" })"))
        {
            return;
        }

        foreach (var entry in value.Properties)
        {
            if (entry.Name.Trim().Length == 0)
            {
                Report(ProblemCode.CorrectionInvalidEntry, "A glossary entry needs an indicator word as its key, not an empty string.", entry.NameSpan);
                continue;
            }

            if (Expect(entry.Value, JsonKind.String, $"The glossary name of \"{entry.Name}\" must be a string")
                && CheckName(entry.Value, $"the member name of \"{entry.Name}\""))
            {
                glossary.Add((entry.Name, entry.Value.String!));
            }
        }
    }

    private void ReadAliases(JsonValue value, List<UnitAlias> aliases)
    {
        if (!Expect(value, JsonKind.Object, "\"aliases\" must be an object of unit spellings and canonical spellings ({ \"委规信科\": \"委规划信息科\" })"))
        {
            return;
        }

        var canonicalOf = new Dictionary<string, string>();
        foreach (var entry in value.Properties)
        {
            if (!Expect(entry.Value, JsonKind.String, $"The canonical spelling of \"{entry.Name}\" must be a string"))
            {
                continue;
            }

            var canonical = entry.Value.String!;
            if (entry.Name.Trim().Length == 0 || canonical.Trim().Length == 0)
            {
                Report(ProblemCode.CorrectionInvalidEntry, "An alias needs a unit spelling as its key and a canonical spelling as its value; neither may be empty.", entry.Name.Trim().Length == 0 ? entry.NameSpan : entry.Value.Span);
                continue;
            }

            if (canonical == entry.Name)
            {
                // "委基层科": "委基层科" — the spelling is a unit of its own, whatever the engine guessed.
                aliases.Add(new UnitAlias(entry.Name, canonical, entry.NameSpan));
                continue;
            }

            var chain = new List<string> { entry.Name, canonical };
            for (var next = canonical; canonicalOf.TryGetValue(next, out var further) && chain.Count < 64; next = further)
            {
                chain.Add(further);
                if (further == entry.Name)
                {
                    Report(ProblemCode.CorrectionInvalidEntry, $"The aliases go round in a circle ({string.Join(" → ", chain)}): one spelling must be the unit's canonical name.", entry.Value.Span);
                    break;
                }
            }

            if (chain[chain.Count - 1] == entry.Name)
            {
                continue;
            }

            canonicalOf[entry.Name] = canonical;
            aliases.Add(new UnitAlias(entry.Name, canonical, entry.NameSpan));
        }
    }

    private void ReadTargets(JsonValue value, List<TargetCorrection> targets)
    {
        if (!Expect(value, JsonKind.Array, "\"targets\" must be an array of entries ([ { \"path\": \"15\", \"mention\": \"61%\", \"name\": \"SigningRate\" } ])"))
        {
            return;
        }

        foreach (var item in value.Items)
        {
            if (Expect(item, JsonKind.Object, "A targets entry must be an object ({ \"path\": …, \"mention\": … })") && ReadTarget(item) is { } target)
            {
                targets.Add(target);
            }
        }
    }

    private TargetCorrection? ReadTarget(JsonValue entry)
    {
        var ok = true;
        JsonValue? path = null;
        JsonValue? mention = null;
        JsonValue? add = null;
        JsonProperty? drop = null;
        JsonProperty? firstField = null;
        var edit = new EditReader(this);
        foreach (var property in entry.Properties)
        {
            switch (property.Name)
            {
                case "path":
                    ok &= Expect(property.Value, JsonKind.String, "\"path\" must be a string: the node's numbers joined by / (\"15\", \"2/3\"), or \"\" for the text before the first heading");
                    path = property.Value;
                    break;
                case "mention":
                    ok &= Expect(property.Value, JsonKind.String, "\"mention\" must be a string that occurs in the mention (\"61%\")")
                        && NotEmpty(property.Value, "\"mention\" must not be empty: write a piece of the mention (\"61%\")");
                    mention = property.Value;
                    break;
                case "add":
                    ok &= Expect(property.Value, JsonKind.Object, "\"add\" must be an object holding the target to add ({ \"indicator\": …, \"value\": … })");
                    add = property.Value;
                    break;
                case "drop":
                    ok &= Expect(property.Value, JsonKind.Boolean, "\"drop\" must be true or false");
                    drop = property.Value.Boolean ? property : null;
                    break;
                case "text":
                    ok = false;
                    Report(ProblemCode.CorrectionUnknownKey, "Unknown key \"text\" in a targets entry: a correction keeps the mention's clause; \"text\" is read only inside \"add\".", property.NameSpan);
                    break;
                default:
                    var read = edit.Read(property, allowText: false);
                    if (read is null)
                    {
                        ok = false;
                        Report(ProblemCode.CorrectionUnknownKey, $"Unknown key \"{property.Name}\" in a targets entry; the keys are {EntryKeys}.", property.NameSpan);
                    }
                    else
                    {
                        ok &= read.Value;
                        firstField ??= property;
                    }

                    break;
            }
        }

        if (path is null)
        {
            return Invalid("A targets entry needs a \"path\": the node's numbers joined by / (\"15\", \"2/3\"), or \"\" for the text before the first heading.", entry.Span);
        }

        if (mention is not null && add is not null)
        {
            return Invalid("A targets entry either corrects a mention (\"mention\") or adds a target (\"add\"), not both.", add.Span);
        }

        if (mention is null && add is null)
        {
            return Invalid("A targets entry needs a \"mention\" (a piece of the mention to correct, such as \"61%\") or an \"add\" object (a target to add).", entry.Span);
        }

        if (!ok)
        {
            return null;
        }

        if (add is not null)
        {
            if (drop is not null || firstField is not null)
            {
                var key = drop ?? firstField!;
                return Invalid($"\"{key.Name}\" does not belong beside \"add\": the added target's fields go inside the \"add\" object.", key.NameSpan);
            }

            return ReadAddition(path, add, entry);
        }

        if (drop is not null && firstField is not null)
        {
            return Invalid($"The entry drops the mention and also sets \"{firstField.Name}\"; drop it or correct it, not both.", drop.Value.Span);
        }

        if (drop is null && firstField is null)
        {
            return Invalid($"The entry for \"{mention!.String}\" changes nothing: set \"drop\": true or a field ({FieldKeys}).", entry.Span);
        }

        var built = edit.Build();
        return new TargetCorrection(path.String!, mention!.String, drop is not null, false, built, entry.Span, path.Span, mention.Span, edit.NameSpan);
    }

    private TargetCorrection? ReadAddition(JsonValue path, JsonValue add, JsonValue entry)
    {
        var ok = true;
        var edit = new EditReader(this);
        foreach (var property in add.Properties)
        {
            var read = edit.Read(property, allowText: true);
            if (read is null)
            {
                ok = false;
                Report(ProblemCode.CorrectionUnknownKey, $"Unknown key \"{property.Name}\" in \"add\"; the keys are {AddKeys}.", property.NameSpan);
            }
            else
            {
                ok &= read.Value;
            }
        }

        if (!ok)
        {
            return null;
        }

        if (!edit.Sets(MentionFields.Value) || edit.Value is null)
        {
            return Invalid("A target to add needs a \"value\" (a number).", add.Span);
        }

        if (!edit.Sets(MentionFields.Indicator))
        {
            return Invalid("A target to add needs an \"indicator\": what is measured (\"营养健康食堂\").", add.Span);
        }

        var fields = edit.Build();
        if (!fields.Sets(MentionFields.Comparison))
        {
            fields = fields with { Fields = fields.Fields | MentionFields.Comparison, Comparison = fields.Max is null ? Comparison.Exactly : Comparison.Between };
        }

        if (!fields.Sets(MentionFields.Kind))
        {
            fields = fields with { Fields = fields.Fields | MentionFields.Kind, Kind = TargetKind.Target };
        }

        if (RangeProblem(fields.Value, fields.Max, fields.Comparison) is { } range)
        {
            return Invalid($"The target to add {range}.", add.Span);
        }

        return new TargetCorrection(path.String!, null, false, true, fields, entry.Span, path.Span, add.Span, edit.NameSpan);
    }

    /// <summary>Why a value, maximum and comparison do not fit together, or null when they do.</summary>
    public static string? RangeProblem(decimal? value, decimal? max, Comparison comparison)
    {
        if (comparison == Comparison.Between && max is null)
        {
            return "has the comparison \"range\" but no \"max\"";
        }

        if (comparison != Comparison.Between && max is not null)
        {
            return $"has a \"max\" but the comparison \"{comparison.ToSymbol()}\"; a maximum belongs to the comparison \"range\"";
        }

        return value is { } low && max is { } high && low > high
            ? $"has a \"max\" ({high.ToString(CultureInfo.InvariantCulture)}) below its \"value\" ({low.ToString(CultureInfo.InvariantCulture)})"
            : null;
    }

    private TargetCorrection? Invalid(string message, SourceSpan span)
    {
        Report(ProblemCode.CorrectionInvalidEntry, message, span);
        return null;
    }

    private bool Expect(JsonValue value, JsonKind kind, string rule)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        Report(ProblemCode.CorrectionWrongType, $"{rule}, not {value.Description}.", value.Span);
        return false;
    }

    private bool ExpectOrNull(JsonValue value, JsonKind kind, string rule) => value.Kind == JsonKind.Null || Expect(value, kind, rule);

    private bool NotEmpty(JsonValue value, string rule)
    {
        if (value.String!.Trim().Length > 0)
        {
            return true;
        }

        Report(ProblemCode.CorrectionInvalidEntry, rule + ".", value.Span);
        return false;
    }

    private bool CheckName(JsonValue value, string what)
    {
        if (CSharpIdentifier.Problem(value.String!) is not { } why)
        {
            return true;
        }

        Report(ProblemCode.CorrectionInvalidName, $"\"{value.String}\" cannot be {what}: it is not a C# identifier ({why}). A name starts with a letter or an underscore and holds only letters, digits and underscores (Chinese is fine).", value.Span);
        return false;
    }

    private void Report(ProblemCode code, string message, SourceSpan span) =>
        _problems.Add(new ExtractionProblem(code, message, span, _filePath));

    /// <summary>Reads the mention fields of an entry or an <c>add</c> object into a <see cref="MentionEdit"/>.</summary>
    private sealed class EditReader
    {
        private readonly CorrectionsParser _parser;
        private MentionFields _fields;
        private string? _indicator;
        private string? _text;
        private decimal? _max;
        private string? _unit;
        private Comparison _comparison;
        private TargetKind _kind;
        private string? _deadline;
        private string? _name;

        public EditReader(CorrectionsParser parser) => _parser = parser;

        public decimal? Value { get; private set; }

        public SourceSpan? NameSpan { get; private set; }

        public bool Sets(MentionFields field) => (_fields & field) == field;

        public MentionEdit Build() => new(_fields, _indicator, _text, Value, _max, _unit, _comparison, _kind, _deadline, _name);

        /// <summary>Reads one property: null when it is no field, false when its value is wrong, true when read.</summary>
        public bool? Read(JsonProperty property, bool allowText)
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "indicator":
                    if (!_parser.Expect(value, JsonKind.String, "\"indicator\" must be a string") || !_parser.NotEmpty(value, "\"indicator\" must not be empty"))
                    {
                        return false;
                    }

                    _indicator = value.String;
                    return Mark(MentionFields.Indicator);
                case "text" when allowText:
                    if (!_parser.Expect(value, JsonKind.String, "\"text\" must be a string") || !_parser.NotEmpty(value, "\"text\" must not be empty"))
                    {
                        return false;
                    }

                    _text = value.String;
                    return Mark(MentionFields.Text);
                case "value":
                    if (!_parser.ExpectOrNull(value, JsonKind.Number, "\"value\" must be a number or null"))
                    {
                        return false;
                    }

                    Value = Number(value);
                    return Mark(MentionFields.Value);
                case "max":
                    if (!_parser.ExpectOrNull(value, JsonKind.Number, "\"max\" must be a number or null"))
                    {
                        return false;
                    }

                    _max = Number(value);
                    return Mark(MentionFields.Max);
                case "unit":
                    if (!_parser.ExpectOrNull(value, JsonKind.String, "\"unit\" must be a string or null"))
                    {
                        return false;
                    }

                    _unit = NullIfEmpty(value);
                    return Mark(MentionFields.Unit);
                case "deadline":
                    if (!_parser.ExpectOrNull(value, JsonKind.String, "\"deadline\" must be a string or null"))
                    {
                        return false;
                    }

                    _deadline = NullIfEmpty(value);
                    return Mark(MentionFields.Deadline);
                case "comparison":
                    return _parser.Expect(value, JsonKind.String, "\"comparison\" must be a string (=, >=, <=, >, <, ~ or range)")
                        && Comparison(value)
                        && Mark(MentionFields.Comparison);
                case "kind":
                    return _parser.Expect(value, JsonKind.String, "\"kind\" must be a string (target, actual or context)")
                        && Kind(value)
                        && Mark(MentionFields.Kind);
                case "name":
                    if (!_parser.ExpectOrNull(value, JsonKind.String, "\"name\" must be a string (a C# member name) or null")
                        || (value.Kind == JsonKind.String && !_parser.CheckName(value, "a target's member name")))
                    {
                        return false;
                    }

                    _name = value.String;
                    NameSpan = value.Kind == JsonKind.String ? value.Span : null;
                    return Mark(MentionFields.Name);
                default:
                    return null;
            }
        }

        private static decimal? Number(JsonValue value) => value.Kind == JsonKind.Number ? value.Number : null;

        private static string? NullIfEmpty(JsonValue value) => value.String is { Length: > 0 } text ? text : null;

        private bool Mark(MentionFields field)
        {
            _fields |= field;
            return true;
        }

        private bool Comparison(JsonValue value)
        {
            if (Vocabulary.TryParseComparison(value.String, out _comparison))
            {
                return true;
            }

            _parser.Report(ProblemCode.CorrectionUnknownSymbol, $"Unknown comparison \"{value.String}\"; the comparisons are =, >=, <=, >, <, ~ and range.", value.Span);
            return false;
        }

        private bool Kind(JsonValue value)
        {
            if (Vocabulary.TryParseKind(value.String, out _kind))
            {
                return true;
            }

            _parser.Report(ProblemCode.CorrectionUnknownSymbol, $"Unknown kind \"{value.String}\"; the kinds are target, actual and context.", value.Span);
            return false;
        }
    }
}
