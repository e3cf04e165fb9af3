namespace PlanSdk.Corpus;

/// <summary>
/// A small deterministic random generator (SplitMix64). The corpus does not use
/// <see cref="System.Random"/>, whose sequence for a seed is not a documented contract.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for plan <paramref name="index"/> of the corpus made from <paramref name="seed"/>; independent of the corpus size.</summary>
    public static SplitMix64 For(int seed, int index, ulong stream)
    {
        var mixer = new SplitMix64(((ulong)(uint)seed << 32) ^ (uint)index ^ (stream * 0xD1B54A32D192ED03UL));
        return new SplitMix64(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="numerator"/>/<paramref name="denominator"/>.</summary>
    public bool Chance(int numerator, int denominator) => Next(denominator) < numerator;

    public T Pick<T>(System.Collections.Generic.IReadOnlyList<T> items) => items[Next(items.Count)];
}
