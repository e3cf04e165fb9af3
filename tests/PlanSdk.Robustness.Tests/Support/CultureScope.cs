using System;
using System.Globalization;

namespace PlanSdk.Robustness.Tests.Support;

/// <summary>
/// Runs code under a process culture: the current and UI culture of this thread and the default of new threads
/// (the generator and the CLI may run work on other threads), all restored on dispose. Tests that use it must not
/// run in parallel with others (<see cref="CultureSensitiveTests"/>).
/// </summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;
    private readonly CultureInfo? _defaultCulture = CultureInfo.DefaultThreadCurrentCulture;
    private readonly CultureInfo? _defaultUiCulture = CultureInfo.DefaultThreadCurrentUICulture;

    /// <param name="name">A culture name (<c>tr-TR</c>), or the empty string for the invariant culture.</param>
    public CultureScope(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        CultureInfo.DefaultThreadCurrentCulture = _defaultCulture;
        CultureInfo.DefaultThreadCurrentUICulture = _defaultUiCulture;
    }
}

/// <summary>Tests that change the process culture: run alone, never beside another test.</summary>
[Xunit.CollectionDefinition(nameof(CultureSensitiveTests), DisableParallelization = true)]
public sealed class CultureSensitiveTests
{
}
