using System.Collections.Generic;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>The units a task names as lead and participants, as spelled in the text.</summary>
/// <param name="Lead">Lead units.</param>
/// <param name="Participants">Participant units.</param>
/// <param name="Start">Where the clause starts in the text it was read from.</param>
/// <param name="End">Where it ends.</param>
/// <param name="HasUnsplitSegment">True when a role verb of the clause has no unit before it (<c>(牵头,财务科参与)</c>).</param>
internal sealed record ResponsibilityClause(IReadOnlyList<string> Lead, IReadOnlyList<string> Participants, int Start, int End, bool HasUnsplitSegment = false);
