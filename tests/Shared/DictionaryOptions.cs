using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PlanSdk.Testing;

/// <summary>Analyzer options read from a dictionary of keys (<c>build_property.…</c>, <c>build_metadata.…</c>).</summary>
internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

    public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public override bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
