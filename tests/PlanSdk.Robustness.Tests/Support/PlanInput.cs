using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>
/// A generated plan: a window of lines of one seed plan, then a list of mutations, and the file name it
/// is compiled under. Small operands make small inputs, so CsCheck shrinks a failure towards a few
/// lines with a few edits.
/// </summary>
/// <param name="Seed">Which seed plan (index into <see cref="SeedPlans.All"/>).</param>
/// <param name="FirstLine">The window's first line (modulo the seed's line count).</param>
/// <param name="LineCount">How many lines the window holds (1 or more; at most the seed's): mostly a few lines (a part of a plan), one time in five up to the whole plan.</param>
/// <param name="Mutations">The edits, in order.</param>
/// <param name="FileName">Index into <see cref="Snippets.FileNames"/>, or -1 for a plain name.</param>
/// <param name="Raw">The text itself, once shrinking works on the text rather than on the mutations; else null.</param>
internal sealed record PlanInput(int Seed, int FirstLine, int LineCount, Mutation[] Mutations, int FileName, string? Raw = null)
{
    private const int MaxMutations = 10;

    // Declared before Gen: static initializers run in textual order.
    private static Gen<Mutation> MutationGen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 99],
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, int.MaxValue],
            (kind, a, b, c) => new Mutation(Mutation.KindOf(kind), a, b, c));

    /// <summary>Inputs for the engine and the generator.</summary>
    public static Gen<PlanInput> Gen { get; } =
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, SeedPlans.All.Count - 1],
            CsCheck.Gen.Int[0, 120],
            CsCheck.Gen.Frequency((4, CsCheck.Gen.Int[1, 12]), (1, CsCheck.Gen.Int[13, 120])),
            MutationGen.Array[0, MaxMutations],
            CsCheck.Gen.Int[-Snippets.FileNames.Length, Snippets.FileNames.Length - 1],
            (seed, first, count, mutations, name) => new PlanInput(seed, first, count, mutations, Math.Max(name, -1)));

    /// <summary>The plan text.</summary>
    public string Text()
    {
        if (Raw is not null)
        {
            return Raw;
        }

        var lines = SeedLines[Seed];
        var first = FirstLine % lines.Length;
        var text = string.Concat(lines.Skip(first).Take(LineCount));
        foreach (var mutation in Mutations)
        {
            text = mutation.Apply(text);
        }

        return text;
    }

    /// <summary>The plan's file name without extension (its plan id).</summary>
    public string Id(int index) => FileName < 0 ? "Fuzz" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : Snippets.FileNames[FileName];

    public override string ToString() => Raw is not null
        ? $"a text of {Raw.Length} characters, file {(FileName < 0 ? "plain" : Snippets.FileNames[FileName])}"
        : $"{SeedPlans.All[Seed].Id} lines {FirstLine}+{LineCount}, file {(FileName < 0 ? "plain" : Snippets.FileNames[FileName])}, mutations [{string.Join(", ", Mutations)}]";

    /// <summary>
    /// Smaller inputs to try when this one fails, simplest first: a plain file name, one mutation fewer, fewer
    /// lines; when none of those fails any more, the text itself (<see cref="Raw"/>) without runs of lines, then of characters.
    /// </summary>
    public IEnumerable<PlanInput> Simpler()
    {
        if (Raw is null)
        {
            if (FileName >= 0)
            {
                yield return this with { FileName = -1 };
            }

            for (var i = 0; i < Mutations.Length; i++)
            {
                yield return this with { Mutations = Mutations.Where((_, j) => j != i).ToArray() };
            }

            if (LineCount > 1)
            {
                yield return this with { LineCount = LineCount / 2 };
                yield return this with { FirstLine = FirstLine + (LineCount / 2), LineCount = LineCount - (LineCount / 2) };
                yield return this with { LineCount = LineCount - 1 };
                yield return this with { FirstLine = FirstLine + 1, LineCount = LineCount - 1 };
            }

            yield return this with { Raw = Text() };
            yield break;
        }

        var lines = SeedPlans.LinesOf(Raw);
        for (var run = lines.Count / 2; run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= lines.Count; start += run)
            {
                yield return this with { Raw = string.Concat(lines.Take(start).Concat(lines.Skip(start + run))) };
            }
        }

        for (var run = Math.Max(1, Raw.Length / 2); run >= 1; run /= 2)
        {
            for (var start = 0; start + run <= Raw.Length; start += run)
            {
                yield return this with { Raw = Raw.Remove(start, run) };
            }

            if (run == 1)
            {
                break;
            }
        }
    }

    private static readonly string[][] SeedLines = Enumerable.Range(0, SeedPlans.All.Count).Select(i => SeedPlans.Lines(i).ToArray()).ToArray();
}
