using System.Collections.Generic;

namespace PlanSdk.Extraction.Noise;

/// <summary>Which lines and which stretches inside lines are not plan text.</summary>
internal sealed class NoiseMap
{
    public NoiseMap(LineRole[] roles, IReadOnlyList<(int Start, int End)> inlineNoise)
    {
        Roles = roles;
        InlineNoise = inlineNoise;
    }

    /// <summary>The role of each 0-based line.</summary>
    public LineRole[] Roles { get; }

    /// <summary>Original-text ranges inside content lines that are noise (adverts), sorted.</summary>
    public IReadOnlyList<(int Start, int End)> InlineNoise { get; }

    public bool IsNoiseLine(int line) => Roles[line] is LineRole.Chrome or LineRole.Trailer;
}
