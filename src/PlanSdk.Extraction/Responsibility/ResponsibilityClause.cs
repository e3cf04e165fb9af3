using System.Collections.Generic;

namespace PlanSdk.Extraction.Responsibility;

/// <summary>The units a task names as lead and participants, as spelled in the text.</summary>
/// <param name="Lead">Lead units.</param>
/// <param name="Participants">Participant units.</param>
/// <param name="Start">Where the clause starts in the text it was read from.</param>
/// <param name="End">Where it ends.</param>
internal sealed record ResponsibilityClause(IReadOnlyList<string> Lead, IReadOnlyList<string> Participants, int Start, int End);
