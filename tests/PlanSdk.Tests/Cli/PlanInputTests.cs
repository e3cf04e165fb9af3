using System;
using System.IO;
using System.Text;
using PlanSdk.Tests.Support;
using Xunit;

namespace PlanSdk.Tests.Cli;

/// <summary>Input errors, through both commands: they share one reader.</summary>
public class PlanInputTests
{
    [Theory]
    [InlineData("inspect")]
    [InlineData("export")]
    public void Command_MissingFile_FailsWithInputErrorNamingTheFile(string command)
    {
        using var temp = new TempDirectory();
        var missing = temp.Combine("Nowhere2020.txt");

        var run = Run(command, missing, temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Nowhere2020.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect", new byte[0], "empty (0 bytes)")]
    [InlineData("export", new byte[0], "empty (0 bytes)")]
    [InlineData("inspect", new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A }, "only whitespace")]
    [InlineData("inspect", new byte[] { 0xEF, 0xBB, 0xBF, 0x0A }, "only whitespace")]
    public void Command_EmptyFile_FailsWithInputErrorNamingTheFile(string command, byte[] bytes, string reason)
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("Empty2020.txt", bytes);

        var run = Run(command, file, temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Empty2020.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out/Empty2020.json")));
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("export")]
    public void Command_Gb18030File_FailsWithByteOffsetAndConversionHint(string command)
    {
        using var temp = new TempDirectory();
        var prefix = Encoding.UTF8.GetBytes("一、总体要求\n");

        // "这是" in GB18030/GBK: D5 E2 CA C7. 0xD5 0xE2 is not a UTF-8 sequence (0xE2 is no continuation byte).
        var file = temp.WriteBytes("Gbk2020.txt", [.. prefix, 0xD5, 0xE2, 0xCA, 0xC7, 0x0A]);

        var run = Run(command, file, temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Gbk2020.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
        Assert.Contains($"byte offset {prefix.Length} (line 2)", run.Error, StringComparison.Ordinal);
        Assert.Contains("0xD5 0xE2", run.Error, StringComparison.Ordinal);
        Assert.Contains("GB18030", run.Error, StringComparison.Ordinal);
        Assert.Contains("iconv -f GB18030 -t UTF-8 Gbk2020.txt > out.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Utf16File_FailsSayingItIsUtf16()
    {
        using var temp = new TempDirectory();
        var file = temp.WriteBytes("Wide2020.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("一、总体要求\n")]);

        var run = Run("inspect", file, temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Wide2020.txt", run.Error, StringComparison.Ordinal);
        Assert.Contains("UTF-16", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Directory_FailsSayingItIsADirectory()
    {
        using var temp = new TempDirectory();

        var run = Run("inspect", temp.Path, temp);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", run.Error, StringComparison.Ordinal);
    }

    private static CliRun Run(string command, string file, TempDirectory temp) => command == "inspect"
        ? CliRun.Of("inspect", file)
        : CliRun.Of("export", file, "-o", temp.Combine("out"));
}
