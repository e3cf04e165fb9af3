using System;
using System.Collections.Generic;

namespace PlanSdk;

/// <summary>
/// The text before a plan's first numbered heading (path <c>""</c>). A plan lists it among its
/// nodes only when it holds targets; it has no number, title or responsible units.
/// </summary>
public sealed class PlanRoot : PlanNode
{
    /// <summary>Creates the root.</summary>
    /// <param name="text">The preamble text, or null when unknown.</param>
    /// <param name="line">1-based line where the preamble starts (normally 1).</param>
    /// <param name="targets">Targets stated in the preamble.</param>
    public PlanRoot(string? text, int line, IEnumerable<Target> targets)
        : base(string.Empty, 0, string.Empty, text, line, targets, Array.Empty<UnitRef>(), Array.Empty<UnitRef>())
    {
    }

    /// <inheritdoc />
    public override PlanNodeKind Kind => PlanNodeKind.Root;
}
