using System;
using System.IO;
using System.Linq;
using System.Text;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Cli;

public class ExportCommandTests
{
    [Fact]
    public void Export_Directory_WritesOneJsonPerPlanInOrdinalOrder()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("nested/out");

        var run = CliRun.Of("export", ReferencePlans.PlansDirectory, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var ids = ReferencePlans.Ids.Select(row => (string)row[0]).ToArray();
        Assert.Equal(ids.Select(id => id + ".json"), Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ids.Length, lines.Length);
        Assert.All(lines.Zip(ids), pair => Assert.Contains($"{pair.Second}.json", pair.First, StringComparison.Ordinal));
        foreach (var id in ids)
        {
            var json = File.ReadAllText(Path.Combine(output, id + ".json"), Encoding.UTF8);
            Assert.Equal(id, PlanJson.Deserialize(json).Id);
            Assert.Equal(PlanJson.Serialize(ReferencePlans.Load(id)), json);
        }
    }

    [Fact]
    public void Export_PlanWithCorrectionsFile_AppliesItAsTheGeneratorDoes()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.Copy(ReferencePlans.PathOf("Zibo2024"), Path.Combine(input, "Zibo2024.txt"));
        File.WriteAllText(Path.Combine(input, "Zibo2024.plan.json"), """
            { "targets": [ { "path": "15", "mention": "88%", "name": "ElderlyRate", "kind": "actual" },
                           { "path": "22", "mention": "90%", "drop": true } ] }
            """);
        var output = temp.Combine("out");

        var run = CliRun.Of("export", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        var plan = PlanJson.Deserialize(File.ReadAllText(Path.Combine(output, "Zibo2024.json"), Encoding.UTF8));
        var elderly = plan.FindNode("15")!.Targets.Single(t => t.Value == 88m);
        Assert.Equal(("ElderlyRate", TargetKind.Actual), (elderly.Name, elderly.Kind));
        Assert.Empty(plan.FindNode("22")!.Targets);
    }

    [Fact]
    public void Export_FilesAndDirectoryNamedTogether_WritesEachPlanOnce()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");

        var run = CliRun.Of("export", ReferencePlans.PathOf("Zibo2024"), ReferencePlans.PlansDirectory, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ReferencePlans.Ids.Count(), Directory.GetFiles(output).Length);
    }

    [Fact]
    public void Export_UnreadableFileAmongGoodOnes_ExportsTheGoodOnesAndFails()
    {
        using var temp = new TempDirectory();
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.Copy(ReferencePlans.PathOf("Zibo2024"), Path.Combine(input, "Zibo2024.txt"));
        File.WriteAllBytes(Path.Combine(input, "Bad2020.txt"), [0xD5, 0xE2, 0xCA, 0xC7]);
        var output = temp.Combine("out");

        var run = CliRun.Of("export", input, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Bad2020.txt", run.Error, StringComparison.Ordinal);
        Assert.Equal(["Zibo2024.json"], Directory.GetFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Export_DirectoryWithoutPlans_FailsWithInputError()
    {
        using var temp = new TempDirectory();
        temp.WriteText("notes.md", "not a plan");

        var run = CliRun.Of("export", temp.Path, "-o", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no .txt plan file", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Export_MissingPathAmongGoodOnes_WritesNothing()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("export", ReferencePlans.PathOf("Zibo2024"), temp.Combine("Missing.txt"), "-o", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Missing.txt", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Export_TwoFilesWithOnePlanId_FailsBeforeWriting()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("a"));
        temp.WriteText("a/Same2020.txt", "1.任务一。\n");
        temp.WriteText("Same2020.txt", "1.任务一。\n");

        var run = CliRun.Of("export", temp.Combine("a"), temp.Combine("Same2020.txt"), "-o", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Same2020.json", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public void Export_WithoutOutputOption_IsAUsageError()
    {
        var run = CliRun.Of("export", ReferencePlans.PathOf("Zibo2024"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);
    }
}
