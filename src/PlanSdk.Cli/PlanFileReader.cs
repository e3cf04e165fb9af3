using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Unicode;
using PlanSdk.Extraction;

namespace PlanSdk.Cli;

/// <summary>
/// Finds and reads plan text files, the one place where the CLI touches its input. Plan files
/// must be UTF-8 (a byte-order mark is accepted and removed) and hold more than whitespace.
/// </summary>
internal static class PlanFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Expands files and directories into plan files: a directory stands for every <c>*.txt</c> file
    /// directly in it, in ordinal order of name.
    /// </summary>
    /// <exception cref="PlanInputException">A path does not exist, or a directory holds no <c>.txt</c> file.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var texts = Directory.EnumerateFiles(path)
                    .Where(file => string.Equals(Path.GetExtension(file), ".txt", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal)
                    .ToArray();
                if (texts.Length == 0)
                {
                    throw new PlanInputException($"{Display(path)}: the directory holds no .txt plan file.");
                }

                files.AddRange(texts);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new PlanInputException($"{Display(path)}: no such file or directory.");
            }
        }

        // The same file named twice (plans and plans/Zibo2024.txt) is read once.
        return files.DistinctBy(Path.GetFullPath, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads one plan file.</summary>
    /// <exception cref="PlanInputException">The file is missing, is a directory, cannot be read, is empty or is not UTF-8.</exception>
    public static PlanFile Read(string path)
    {
        var display = Display(path);
        if (Directory.Exists(path))
        {
            throw new PlanInputException($"{display}: is a directory, not a plan text file.");
        }

        if (!File.Exists(path))
        {
            throw new PlanInputException($"{display}: no such file.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PlanInputException($"{display}: cannot be read ({exception.Message})", exception);
        }

        var text = Decode(bytes, display);
        if (text.Trim().Length == 0)
        {
            throw new PlanInputException(bytes.Length == 0
                ? $"{display}: the file is empty (0 bytes); a plan text is expected."
                : $"{display}: the file holds only whitespace; a plan text is expected.");
        }

        var id = Path.GetFileNameWithoutExtension(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return new PlanFile(display, id, text, ReadSidecars(directory, id));
    }

    /// <summary>The corrections and lock files beside a plan (same folder, <c>&lt;PlanId&gt;.plan.json</c>, <c>&lt;PlanId&gt;.plan.lock</c>).</summary>
    /// <exception cref="PlanInputException">A file exists but cannot be read or is not UTF-8.</exception>
    public static PlanSidecars ReadSidecars(string directory, string id)
    {
        var correctionsPath = Path.Combine(directory, id + ".plan.json");
        var lockPath = Path.Combine(directory, id + TargetLock.Extension);
        PlanCorrections? corrections = null;
        IReadOnlyList<ExtractionProblem> correctionProblems = Array.Empty<ExtractionProblem>();
        TargetLock? targetLock = null;
        IReadOnlyList<ExtractionProblem> lockProblems = Array.Empty<ExtractionProblem>();
        if (ReadOptional(correctionsPath) is { } json)
        {
            corrections = PlanCorrections.Parse(json, Display(correctionsPath), out correctionProblems);
        }

        if (ReadOptional(lockPath) is { } locked)
        {
            targetLock = TargetLock.Parse(locked, Display(lockPath), out lockProblems);
        }

        return new PlanSidecars(corrections, correctionProblems.ToEquatableArray(), targetLock, lockProblems.ToEquatableArray());
    }

    /// <summary>The text of a file that may be absent.</summary>
    /// <exception cref="PlanInputException">The file exists but cannot be read or is not UTF-8.</exception>
    private static string? ReadOptional(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var display = Display(path);
        try
        {
            return Decode(File.ReadAllBytes(path), display);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new PlanInputException($"{display}: cannot be read ({exception.Message})", exception);
        }
    }

    /// <summary>The path to show people: relative to the current directory when below it, else absolute; <c>/</c> separators.</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }

    private static string Decode(byte[] bytes, string display)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new PlanInputException(
                $"{display}: the file is UTF-16 (it starts with a UTF-16 byte-order mark); plan texts must be UTF-8. "
                + $"Convert it, e.g. iconv -f UTF-16 -t UTF-8 {Path.GetFileName(display)} > out.txt")
            {
                Encoding = true,
            };
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException exception)
        {
            var offset = FirstInvalidByte(bytes, start);
            var line = 1 + bytes.Take(offset).Count(b => b == (byte)'\n');
            var shown = string.Join(" ", bytes.Skip(offset).Take(4).Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
            throw new PlanInputException(
                $"{display}: the file is not valid UTF-8: byte offset {offset.ToString(CultureInfo.InvariantCulture)} "
                + $"(line {line.ToString(CultureInfo.InvariantCulture)}) starts an invalid sequence ({shown}). "
                + "Chinese documents are often saved as GB18030/GBK; if this one is, convert it with "
                + $"iconv -f GB18030 -t UTF-8 {Path.GetFileName(display)} > out.txt",
                exception)
            {
                Encoding = true,
                Line = line,
            };
        }
    }

    /// <summary>The offset of the first byte of the first invalid UTF-8 sequence.</summary>
    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
        return start + read;
    }
}
