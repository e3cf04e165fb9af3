namespace PlanSdk.Extraction;

/// <summary>
/// The fields a correction sets on a quantity mention. Only the fields named in <see cref="Fields"/>
/// are set; a set field may set null (<c>"max": null</c> clears the maximum).
/// </summary>
/// <remarks>A value record: it is part of the generator's cached corrections.</remarks>
/// <param name="Fields">Which of the fields below are set.</param>
/// <param name="Indicator">The indicator, when set.</param>
/// <param name="Text">The clause, when set (only a target that is added sets it).</param>
/// <param name="Value">The value, when set.</param>
/// <param name="Max">The upper bound of a range, when set.</param>
/// <param name="Unit">The unit, when set.</param>
/// <param name="Comparison">The comparison, when set.</param>
/// <param name="Kind">The kind, when set.</param>
/// <param name="Deadline">The deadline, when set.</param>
/// <param name="Name">The C# member name, when set.</param>
public sealed record MentionEdit(
    MentionFields Fields,
    string? Indicator,
    string? Text,
    decimal? Value,
    decimal? Max,
    string? Unit,
    Comparison Comparison,
    TargetKind Kind,
    string? Deadline,
    string? Name)
{
    /// <summary>An edit that sets nothing.</summary>
    public static MentionEdit None { get; } = new(MentionFields.None, null, null, null, null, null, Comparison.Exactly, TargetKind.Target, null, null);

    /// <summary>True when <paramref name="field"/> is set.</summary>
    /// <param name="field">One field.</param>
    /// <returns>True when this edit sets it.</returns>
    public bool Sets(MentionFields field) => (Fields & field) == field;

    /// <summary>
    /// The mention with the fields of this edit set; the other fields, its written form and its span
    /// stay. Setting the value clears <see cref="QuantityMention.Malformed"/>: the number has been read.
    /// </summary>
    /// <param name="mention">A mention of the plan.</param>
    /// <returns>The corrected mention; <paramref name="mention"/> itself when nothing is set.</returns>
    public QuantityMention ApplyTo(QuantityMention mention)
    {
        if (Fields == MentionFields.None)
        {
            return mention;
        }

        return mention with
        {
            Indicator = Sets(MentionFields.Indicator) ? Indicator ?? string.Empty : mention.Indicator,
            Text = Sets(MentionFields.Text) ? Text ?? string.Empty : mention.Text,
            Value = Sets(MentionFields.Value) ? Value : mention.Value,
            Malformed = !Sets(MentionFields.Value) && mention.Malformed,
            Max = Sets(MentionFields.Max) ? Max : mention.Max,
            Unit = Sets(MentionFields.Unit) ? Unit : mention.Unit,
            Comparison = Sets(MentionFields.Comparison) ? Comparison : mention.Comparison,
            Kind = Sets(MentionFields.Kind) ? Kind : mention.Kind,
            Deadline = Sets(MentionFields.Deadline) ? Deadline : mention.Deadline,
            Name = Sets(MentionFields.Name) ? Name : mention.Name,
        };
    }
}
