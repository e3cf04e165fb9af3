using System;

namespace PlanSdk;

/// <summary>
/// A figure the plan sets as a goal (<see cref="TargetKind.Target"/>) or reports as achieved
/// (<see cref="TargetKind.Actual"/>): <c>全人群签约率达61%以上</c> is value 61, unit <c>%</c>,
/// comparison <see cref="Comparison.AtLeast"/>.
/// </summary>
public sealed class Target
{
    private PlanNode? _node;

    /// <summary>
    /// The relative tolerance of <see cref="Comparison.Approximately"/> in <see cref="IsMetBy"/>:
    /// a reported figure within 5 % of the target's value (either way) meets <c>约</c>, <c>左右</c>, <c>近</c>.
    /// </summary>
    public const decimal ApproximateTolerance = 0.05m;

    /// <summary>Creates a target.</summary>
    /// <param name="name">The C# member name given to the target, or null when none is assigned.</param>
    /// <param name="indicatorText">What is measured, as written (<c>全人群签约率</c>).</param>
    /// <param name="text">The clause that states it, verbatim.</param>
    /// <param name="value">The figure, normalised; null when it cannot be read.</param>
    /// <param name="max">The upper bound of a range, else null.</param>
    /// <param name="unit">The unit, or null when none is written.</param>
    /// <param name="comparison">How the figure compares.</param>
    /// <param name="kind">Goal or reported figure (a gold file may also hold <see cref="TargetKind.Context"/>).</param>
    /// <param name="deadline">The deadline as written (<c>年底前</c>), else null.</param>
    /// <param name="line">1-based line of the number in the document.</param>
    /// <param name="column">1-based column of the number in the document.</param>
    /// <param name="path">The path of the node that states it.</param>
    /// <param name="malformed">True when the number cannot be read (<c>847.34.65</c>).</param>
    /// <param name="indicator">The indicator it measures (<see cref="PlanSdk.Indicator.SigningRate"/>), or null when the glossary knows none.</param>
    public Target(
        string? name,
        string indicatorText,
        string text,
        decimal? value,
        decimal? max,
        Unit? unit,
        Comparison comparison,
        TargetKind kind,
        string? deadline,
        int line,
        int column,
        string path,
        bool malformed,
        Indicator? indicator = null)
    {
        Name = name;
        IndicatorText = indicatorText ?? throw new ArgumentNullException(nameof(indicatorText));
        Indicator = indicator;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Value = value;
        Max = max;
        Unit = unit;
        Comparison = comparison;
        Kind = kind;
        Deadline = deadline;
        Line = line;
        Column = column;
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Malformed = malformed;
    }

    /// <summary>The C# member name the generated code gives the target (<c>SigningRate</c>); null when none is assigned yet.</summary>
    public string? Name { get; }

    /// <summary>What is measured, as written just before the number (<c>全人群签约率</c>); the export's <c>indicator</c>.</summary>
    public string IndicatorText { get; }

    /// <summary>
    /// The indicator it measures, shared by every plan (<see cref="PlanSdk.Indicator.SigningRate"/> for
    /// <c>全人群签约率</c>); null when the glossary knows none for <see cref="IndicatorText"/>.
    /// </summary>
    public Indicator? Indicator { get; }

    /// <summary>The clause that states the figure, verbatim (<c>全人群签约率达61%以上</c>).</summary>
    public string Text { get; }

    /// <summary>The figure, normalised (<c>20万人次</c> → 200000); null when it cannot be read.</summary>
    public decimal? Value { get; }

    /// <summary>The upper bound of a range (<c>1-2个</c> → 2), else null.</summary>
    public decimal? Max { get; }

    /// <summary>The unit or classifier, multiplier folded into the value; null when none is written.</summary>
    public Unit? Unit { get; }

    /// <summary>How a reported figure is compared with <see cref="Value"/> (and <see cref="Max"/>).</summary>
    public Comparison Comparison { get; }

    /// <summary>Goal for the plan's period or figure reported as achieved.</summary>
    public TargetKind Kind { get; }

    /// <summary>The deadline as written in the clause (<c>年底前</c>, <c>6月底前</c>), else null.</summary>
    public string? Deadline { get; }

    /// <summary>1-based line of the number in the document.</summary>
    public int Line { get; }

    /// <summary>1-based column of the number in the document (UTF-16 code units).</summary>
    public int Column { get; }

    /// <summary>The path of the node whose text states the target (<c>""</c> for the root).</summary>
    public string Path { get; }

    /// <summary>True when the number in the text cannot be read (<c>847.34.65</c>); <see cref="Value"/> is then null.</summary>
    public bool Malformed { get; }

    /// <summary>
    /// The comparison, figure and unit as a reader scans them, culture-invariant: <c>&gt;= 61 %</c>,
    /// <c>range 2..3 家</c>, <c>= 200000 人次</c>; <c>?</c> stands for a figure that cannot be read.
    /// </summary>
    public string Figure
    {
        get
        {
            var figure = Value is not { } value
                ? "?"
                : Comparison == Comparison.Between
                    ? DecimalText.Format(value) + ".." + (Max is { } max ? DecimalText.Format(max) : "?")
                    : DecimalText.Format(value);
            return Comparison.ToSymbol() + " " + figure + (Unit is { } unit ? " " + unit.Symbol : string.Empty);
        }
    }

    /// <summary>The month the <see cref="Deadline"/> falls due, counted from the plan's year (<c>年底前</c> in a 2024 plan → 2024-12); null without a deadline the calendar reads.</summary>
    public YearMonth? Due { get; private set; }

    /// <summary>The plan that states the target.</summary>
    /// <exception cref="InvalidOperationException">The target has not been given to a <see cref="PlanSdk.Plan"/> yet.</exception>
    public Plan Plan => _node?.Plan ?? throw new InvalidOperationException($"Target '{Text}' belongs to no plan yet: pass its node to a Plan.");

    /// <summary>The node (task, section or root) whose text states the target.</summary>
    /// <exception cref="InvalidOperationException">The target has not been given to a node yet.</exception>
    public PlanNode Node => _node ?? throw new InvalidOperationException($"Target '{Text}' belongs to no node yet: pass it to a PlanNode.");

    /// <summary>
    /// Whether a reported figure meets the target: <see cref="Comparison.Exactly"/> → equal,
    /// <see cref="Comparison.AtLeast"/> → at least, <see cref="Comparison.AtMost"/> → at most,
    /// <see cref="Comparison.MoreThan"/> → more than, <see cref="Comparison.LessThan"/> → less than,
    /// <see cref="Comparison.Approximately"/> → within <see cref="ApproximateTolerance"/> of the value
    /// (relative to the value; exactly the value when it is 0), <see cref="Comparison.Between"/> →
    /// from <see cref="Value"/> to <see cref="Max"/>, both included.
    /// </summary>
    /// <remarks>A target with a null <see cref="Value"/>, or a range with a null <see cref="Max"/>, is never met.</remarks>
    /// <param name="actual">The reported figure, in the target's unit (per cent as 61, not 0.61).</param>
    /// <returns>True when the figure meets the target.</returns>
    public bool IsMetBy(decimal actual)
    {
        if (Value is not { } value)
        {
            return false;
        }

        return Comparison switch
        {
            Comparison.Exactly => actual == value,
            Comparison.AtLeast => actual >= value,
            Comparison.AtMost => actual <= value,
            Comparison.MoreThan => actual > value,
            Comparison.LessThan => actual < value,
            Comparison.Approximately => Math.Abs(actual - value) <= Math.Abs(value) * ApproximateTolerance,
            Comparison.Between => Max is { } max && value <= actual && actual <= max,
            _ => false,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Records the node that states the target (once, when the node is built).</summary>
    internal void AttachTo(PlanNode node)
    {
        if (_node is not null && !ReferenceEquals(_node, node))
        {
            throw new InvalidOperationException($"Target '{Text}' already belongs to node '{_node.Path}': a target belongs to one node.");
        }

        _node = node;
    }

    /// <summary>Resolves <see cref="Due"/> once the plan, and so its year, is known.</summary>
    internal void ResolveDue(int? planYear) => Due = Extraction.DeadlineCalendar.Resolve(Deadline, planYear);
}
