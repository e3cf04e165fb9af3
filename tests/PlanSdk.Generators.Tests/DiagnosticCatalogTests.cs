using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using PlanSdk.Extraction;
using PlanSdk.Extraction.Diagnostics;
using PlanSdk.Generators.Tests.Support;
using Xunit;

namespace PlanSdk.Generators.Tests;

/// <summary>
/// The diagnostic catalogue and what must follow it: a help page per id (generators/PlanSdk.Generators/docs/PLANxxx.md),
/// the docs index, the release-tracking files, and the pages' examples, which the generator must report as shown.
/// </summary>
public sealed class DiagnosticCatalogTests
{
    private const string ReleaseNewRules = "### New Rules";

    private static readonly Regex IdPattern = new(@"^PLAN\d{3}$", RegexOptions.CultureInvariant);

    /// <summary>The file path of a file shown in a page's example: <c>`plans/Plan2025.txt`:</c>.</summary>
    /// <summary>A file of the example: <c>`plans/Zibo2024.txt`:</c>, or of a referenced project: <c>`../Hebei/plans/…`:</c>, <c>`../Hebei/Hebei.csproj`:</c>.</summary>
    private static readonly Regex FileCaption = new(@"^`((?:\.\./\w+/)?(?:plans/[^`]+|\w+\.csproj))`:$", RegexOptions.CultureInvariant);

    /// <summary>A file of a referenced project: its project name, and its path in that project.</summary>
    private static readonly Regex ReferencedFile = new(@"^\.\./(\w+)/(.+)$", RegexOptions.CultureInvariant);

    /// <summary>An MSBuild property in a project file of an example: <c>&lt;PlanSdkNamespace&gt;Plans.Hebei&lt;/PlanSdkNamespace&gt;</c>.</summary>
    private static readonly Regex Property = new(@"<(\w+)>([^<]*)</\1>", RegexOptions.CultureInvariant);

    /// <summary>Pages whose example cannot be given as text: bytes that are not UTF-8, and a failure of the engine.</summary>
    private static readonly HashSet<string> WithoutTextExample = new(StringComparer.Ordinal) { "PLAN030", "PLAN090" };

    /// <summary>The id ranges of each category (DiagnosticCatalog's remarks).</summary>
    private static readonly Dictionary<string, (int First, int Last)[]> Ranges = new(StringComparer.Ordinal)
    {
        ["PlanSdk.Numbers"] = new[] { (1, 9) },
        ["PlanSdk.Outline"] = new[] { (10, 19) },
        ["PlanSdk.Units"] = new[] { (20, 29) },
        ["PlanSdk.Files"] = new[] { (30, 39), (90, 90) },
        ["PlanSdk.Corrections"] = new[] { (40, 59) },
        ["PlanSdk.Lock"] = new[] { (101, 109) },
    };

    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static readonly string DocsDirectory = Path.Combine(RepositoryRoot, "generators", "PlanSdk.Generators", "docs");

    public static TheoryData<string> Ids => new(DiagnosticCatalog.All.Select(entry => entry.Id));

    public static TheoryData<ProblemCode> Codes => new(Enum.GetValues<ProblemCode>());

    [Fact]
    public void Ids_OfTheCatalogue_AreUniqueWellFormedAndSorted()
    {
        var ids = DiagnosticCatalog.All.Select(entry => entry.Id).ToList();

        Assert.All(ids, id => Assert.Matches(IdPattern, id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Ids_OfEachCategory_LieInTheCategorysRange()
    {
        Assert.All(DiagnosticCatalog.All, entry =>
        {
            Assert.True(Ranges.TryGetValue(entry.Category, out var ranges), $"{entry.Id}: unknown category {entry.Category}");
            var number = int.Parse(entry.Id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture);
            Assert.True(ranges.Any(range => number >= range.First && number <= range.Last), $"{entry.Id} is outside the range of {entry.Category}");
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void For_EveryProblemCode_ReturnsItsOneEntry(ProblemCode code)
    {
        var entry = Assert.Single(DiagnosticCatalog.All, e => e.Code == code);

        Assert.Same(entry, DiagnosticCatalog.For(code));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLink_OfEveryId_IsItsPageInTheRepository(string id)
    {
        var link = Entry(id).HelpLink;

        Assert.EndsWith($"docs/{id}.md", link, StringComparison.Ordinal);
        Assert.StartsWith(DiagnosticCatalog.HelpLinkBase, link, StringComparison.Ordinal);
        const string Branch = "/blob/main/";
        var pathInRepository = link.Substring(link.IndexOf(Branch, StringComparison.Ordinal) + Branch.Length);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot, pathInRepository)), $"{link} names no file of the repository");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocsPage_OfEveryId_StartsWithItsIdAndTitle(string id)
    {
        var page = PagePath(id);

        Assert.True(File.Exists(page), $"{id} has no page {page}");
        var firstLine = File.ReadLines(page).First();
        Assert.StartsWith($"# {id}:", firstLine, StringComparison.Ordinal);
        Assert.Equal($"# {id}: {Entry(id).Title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocsPage_OfEveryId_StatesCategoryAndSeverity(string id)
    {
        var entry = Entry(id);

        Assert.Contains(File.ReadLines(PagePath(id)), line => line.StartsWith($"| {id} | {entry.Category} | {entry.Severity} |", StringComparison.Ordinal));
    }

    [Fact]
    public void UnshippedReleases_NewRules_AreExactlyTheCatalogue()
    {
        var rows = NewRules("AnalyzerReleases.Unshipped.md").Select(row => (row.Id, row.Category, row.Severity));
        var catalogue = DiagnosticCatalog.All.Select(entry => (entry.Id, entry.Category, Severity: entry.Severity.ToString()));

        Assert.Equal(catalogue.Order(), rows.Order());
    }

    [Fact]
    public void ShippedReleases_NewRules_ListNoIdTwice()
    {
        var shipped = NewRules("AnalyzerReleases.Shipped.md").Select(row => row.Id).ToList();
        var unshipped = NewRules("AnalyzerReleases.Unshipped.md").Select(row => row.Id);

        Assert.Empty(shipped.GroupBy(id => id, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key));
        Assert.Empty(shipped.Intersect(unshipped, StringComparer.Ordinal));
    }

    [Fact]
    public void DocsIndex_Rows_ListEveryIdWithItsCatalogueEntry()
    {
        // | [PLAN001](PLAN001.md) | A number cannot be read | PlanSdk.Numbers | Warning | `MalformedNumber` |
        var rows = File.ReadLines(Path.Combine(DocsDirectory, "README.md"))
            .Where(line => line.StartsWith("| [PLAN", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (Link: cells[1], Title: cells[2], Category: cells[3], Severity: cells[4], Code: cells[5]))
            .ToList();
        var catalogue = DiagnosticCatalog.All
            .Select(entry => (Link: $"[{entry.Id}]({entry.Id}.md)", entry.Title, entry.Category, Severity: entry.Severity.ToString(), Code: $"`{entry.Code}`"))
            .ToList();

        Assert.Equal(catalogue, rows);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void DocsPage_Example_IsReportedAsShown(string id)
    {
        var (files, shown) = Example(File.ReadAllLines(PagePath(id)));
        if (WithoutTextExample.Contains(id))
        {
            Assert.Empty(files);
            return;
        }

        Assert.NotEmpty(files);
        Assert.Contains(shown, line => line.Contains($" {id}: ", StringComparison.Ordinal));
        var (result, _) = Project(files).Run();
        var reported = result.Diagnostics.Select(Format);
        Assert.Equal(shown.Order(StringComparer.Ordinal), reported.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The example's project: its own files (<c>plans/…</c>), and a reference to each referenced project
    /// (<c>../Name/…</c>) built first from its files, with the properties its <c>Name.csproj</c> block sets.
    /// </summary>
    private static GeneratorHarness Project(List<(string Path, string Text)> files)
    {
        var referenced = files
            .Select(file => (File: file, Match: ReferencedFile.Match(file.Path)))
            .Where(pair => pair.Match.Success)
            .GroupBy(pair => pair.Match.Groups[1].Value, StringComparer.Ordinal)
            .Select(project =>
            {
                var plans = project.Where(p => !p.Match.Groups[2].Value.EndsWith(".csproj", StringComparison.Ordinal)).Select(p => (p.Match.Groups[2].Value, p.File.Text));
                var properties = project.Where(p => p.Match.Groups[2].Value.EndsWith(".csproj", StringComparison.Ordinal))
                    .SelectMany(p => Property.Matches(p.File.Text))
                    .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
                return GeneratorHarness.BuildReference(project.Key, plans, properties).Reference;
            })
            .ToList();
        return new GeneratorHarness(files.Where(file => !ReferencedFile.IsMatch(file.Path)), references: referenced);
    }

    private static PlanDiagnosticDescriptor Entry(string id) => DiagnosticCatalog.All.Single(entry => entry.Id == id);

    private static string PagePath(string id) => Path.Combine(DocsDirectory, id + ".md");

    /// <summary>The rows of a release-tracking file's "New Rules" tables: <c>PLAN001 | PlanSdk.Numbers | Warning | …</c>.</summary>
    private static List<(string Id, string Category, string Severity)> NewRules(string fileName)
    {
        var rows = new List<(string, string, string)>();
        var inNewRules = false;
        foreach (var line in File.ReadLines(Path.Combine(DocsDirectory, fileName)))
        {
            if (line.StartsWith("###", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal))
            {
                inNewRules = line.Trim() == ReleaseNewRules;
                continue;
            }

            var cells = line.Split('|').Select(cell => cell.Trim()).ToArray();
            if (inNewRules && cells.Length >= 3 && IdPattern.IsMatch(cells[0]))
            {
                rows.Add((cells[0], cells[1], cells[2]));
            }
        }

        return rows;
    }

    /// <summary>
    /// The files of a page's "## Example" section (a caption <c>`plans/…`:</c> and a fenced block each) and the
    /// lines of the fenced block after "The build reports".
    /// </summary>
    private static (List<(string Path, string Text)> Files, List<string> Shown) Example(string[] page)
    {
        var files = new List<(string, string)>();
        var shown = new List<string>();
        var start = Array.IndexOf(page, "## Example");
        Assert.True(start >= 0, "the page has no \"## Example\" section");
        string? caption = null;
        for (var i = start + 1; i < page.Length && !page[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            if (FileCaption.Match(page[i]) is { Success: true } file)
            {
                caption = file.Groups[1].Value;
            }
            else if (page[i].StartsWith("The build reports", StringComparison.Ordinal))
            {
                caption = string.Empty;
            }
            else if (page[i].StartsWith("```", StringComparison.Ordinal) && caption is not null)
            {
                var block = page.Skip(i + 1).TakeWhile(line => !line.StartsWith("```", StringComparison.Ordinal)).ToList();
                if (caption.Length == 0)
                {
                    shown.AddRange(block);
                }
                else
                {
                    files.Add((caption, string.Join("\n", block) + "\n"));
                }

                i += block.Count + 1;
                caption = null;
            }
        }

        return (files, shown);
    }

    /// <summary>A diagnostic as the build prints it, with the path from the project folder and without the help link.</summary>
    private static string Format(Diagnostic diagnostic)
    {
        if (diagnostic.Location == Location.None)
        {
            return string.Create(CultureInfo.InvariantCulture, $"CSC : {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
        }

        var span = diagnostic.Location.GetLineSpan();
        var path = span.Path.StartsWith(GeneratorHarness.ProjectDir, StringComparison.Ordinal) ? span.Path.Substring(GeneratorHarness.ProjectDir.Length) : span.Path;
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    private static string FindRepositoryRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Sdk.sln")))
        {
            directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        }

        return directory ?? throw new InvalidOperationException("Sdk.sln not found above " + AppContext.BaseDirectory);
    }
}
