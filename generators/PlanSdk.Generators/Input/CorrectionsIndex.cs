using System;
using System.Collections.Immutable;
using System.Linq;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>Every corrections file of the project, found by the path of the plan it corrects.</summary>
/// <remarks>A value record: combined with each plan, an unchanged index leaves every plan's steps cached.</remarks>
/// <param name="Files">The corrections files, ordered by plan path.</param>
internal sealed record CorrectionsIndex(EquatableArray<CorrectionsFile> Files)
{
    public static CorrectionsIndex From(ImmutableArray<CorrectionsFile> files) =>
        new(files.OrderBy(f => f.PlanPath, StringComparer.Ordinal).ToEquatableArray());

    public CorrectionsFile? For(string planPath)
    {
        foreach (var file in Files)
        {
            if (string.Equals(file.PlanPath, planPath, StringComparison.OrdinalIgnoreCase))
            {
                return file;
            }
        }

        return null;
    }
}
