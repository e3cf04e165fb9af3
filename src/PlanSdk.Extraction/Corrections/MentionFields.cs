using System;

namespace PlanSdk.Extraction;

/// <summary>The fields of a quantity mention that a <see cref="MentionEdit"/> sets.</summary>
[Flags]
public enum MentionFields
{
    /// <summary>No field.</summary>
    None = 0,

    /// <summary><see cref="QuantityMention.Indicator"/> (<c>indicator</c>).</summary>
    Indicator = 1,

    /// <summary><see cref="QuantityMention.Text"/> (<c>text</c>, only when adding a target).</summary>
    Text = 2,

    /// <summary><see cref="QuantityMention.Value"/> (<c>value</c>).</summary>
    Value = 4,

    /// <summary><see cref="QuantityMention.Max"/> (<c>max</c>).</summary>
    Max = 8,

    /// <summary><see cref="QuantityMention.Unit"/> (<c>unit</c>).</summary>
    Unit = 16,

    /// <summary><see cref="QuantityMention.Comparison"/> (<c>comparison</c>).</summary>
    Comparison = 32,

    /// <summary><see cref="QuantityMention.Kind"/> (<c>kind</c>).</summary>
    Kind = 64,

    /// <summary><see cref="QuantityMention.Deadline"/> (<c>deadline</c>).</summary>
    Deadline = 128,

    /// <summary><see cref="QuantityMention.Name"/> (<c>name</c>).</summary>
    Name = 256,
}
