using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;

namespace PlanSdk.Generators.Input;

/// <summary>The catalogue of a referenced assembly that compiles plans, as its <c>[assembly: PlanCatalog]</c> names it.</summary>
/// <remarks>A value record, with no Roslyn symbols: the catalogue step re-runs only when the referenced catalogues change.</remarks>
/// <param name="AssemblyName">The referenced assembly's name.</param>
/// <param name="TypeName">The catalogue class, fully qualified (<c>global::Plans.Hebei.PlanCatalog</c>).</param>
/// <param name="PlanIds">The ids of its plans.</param>
internal sealed record ReferencedCatalog(string AssemblyName, string TypeName, EquatableArray<string> PlanIds)
{
    private const string AttributeName = "PlanSdk.PlanCatalogAttribute";
    private const string RuntimeAssemblyName = "PlanSdk";

    /// <summary>
    /// The catalogues of the compilation's references that it can see (public, or internal to it), in
    /// ordinal order of assembly name. Only assemblies that reference the PlanSdk runtime are read.
    /// </summary>
    public static EquatableArray<ReferencedCatalog> In(Compilation compilation, CancellationToken cancellationToken)
    {
        var catalogs = new List<ReferencedCatalog>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name == RuntimeAssemblyName)))
            {
                continue;
            }

            foreach (var attribute in assembly.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() != AttributeName
                    || attribute.ConstructorArguments.Length == 0
                    || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol type
                    || !compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
                {
                    continue;
                }

                var ids = attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Kind == TypedConstantKind.Array
                    ? attribute.ConstructorArguments[1].Values.Select(value => value.Value as string).OfType<string>()
                    : Enumerable.Empty<string>();
                catalogs.Add(new ReferencedCatalog(
                    assembly.Identity.Name,
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    ids.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray()));
            }
        }

        return catalogs
            .OrderBy(catalog => catalog.AssemblyName, StringComparer.Ordinal)
            .ThenBy(catalog => catalog.TypeName, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
