using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PlanSdk.Generators.Input;

/// <summary>Decides which AdditionalFiles are plans and reads them into <see cref="PlanFile"/> values.</summary>
internal static class PlanFileReader
{
    /// <summary>True for a plan text: metadata <c>PlanSdkKind=Plan</c>, or, without metadata, a <c>.txt</c> file in a <c>plans</c> folder.</summary>
    public static bool IsPlan(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(MsBuildNames.KindMetadata, out var kind) && kind.Length > 0)
        {
            return string.Equals(kind, MsBuildNames.PlanKind, StringComparison.OrdinalIgnoreCase);
        }

        var directory = Path.GetFileName(Path.GetDirectoryName(file.Path) ?? string.Empty);
        return file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && string.Equals(directory, "plans", StringComparison.OrdinalIgnoreCase);
    }

    public static PlanFile Read(AdditionalText file, string? projectDirectory, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new PlanFile(file.Path, DisplayPath(file.Path, projectDirectory), Path.GetFileNameWithoutExtension(file.Path), text);
    }

    /// <summary>The path relative to the project directory, with forward slashes; the file name when it lies outside.</summary>
    public static string DisplayPath(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            var directory = projectDirectory!.Replace('\\', '/');
            if (!directory.EndsWith("/", StringComparison.Ordinal))
            {
                directory += "/";
            }

            if (normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return normalized.Substring(directory.Length);
            }
        }

        return Path.GetFileName(path);
    }
}
