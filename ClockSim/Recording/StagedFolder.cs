using System.Diagnostics;
using System.Globalization;

namespace ClockSim.Recording;

/// <summary>
/// A folder of results written beside the one it replaces and swapped in only when complete, so good results are
/// never replaced by partial ones: <c>results/.threshold.new-4242/</c> becomes <c>results/threshold/</c> at
/// <see cref="Commit"/>. Results that did not finish go beside the committed ones as <c>results/threshold.interrupted/</c>
/// (<see cref="KeepInterrupted"/>), and a staging folder left by a process that was killed is removed by the next one.
/// </summary>
internal sealed class StagedFolder
{
    /// <summary>The suffix of a folder of results that did not finish.</summary>
    public const string InterruptedSuffix = ".interrupted";

    private const string StagingMarker = ".new-";

    private StagedFolder(string target, string path)
    {
        Target = target;
        Path = path;
    }

    /// <summary>The folder the results are meant for.</summary>
    public string Target { get; }

    /// <summary>Where they are written until <see cref="Commit"/>.</summary>
    public string Path { get; }

    /// <summary>Creates an empty staging folder beside <paramref name="target"/>, after removing any a dead process left.</summary>
    public static StagedFolder Begin(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        var parent = System.IO.Path.GetDirectoryName(full)!;
        var name = System.IO.Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        foreach (var stale in Directory.GetDirectories(parent, $".{name}{StagingMarker}*").Where(LeftByADeadProcess))
        {
            Directory.Delete(stale, recursive: true);
        }

        var path = System.IO.Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $".{name}{StagingMarker}{Environment.ProcessId}"));
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        Directory.CreateDirectory(path);
        return new StagedFolder(full, path);
    }

    /// <summary>Where results of <paramref name="target"/> that did not finish are kept.</summary>
    public static string InterruptedFolderOf(string target) => System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar) + InterruptedSuffix;

    /// <summary>Puts the complete results in place of the old ones, and removes an older interrupted attempt.</summary>
    public void Commit()
    {
        var old = Path + ".old";
        if (Directory.Exists(Target))
        {
            Directory.Move(Target, old);
        }

        Directory.Move(Path, Target);
        DeleteIfPresent(old);
        DeleteIfPresent(InterruptedFolderOf(Target));
    }

    /// <summary>Keeps results that did not finish beside the committed ones, in place of an older interrupted attempt.</summary>
    /// <returns>The folder they are in.</returns>
    public string KeepInterrupted()
    {
        var interrupted = InterruptedFolderOf(Target);
        DeleteIfPresent(interrupted);
        Directory.Move(Path, interrupted);
        return interrupted;
    }

    /// <summary>Throws the staged results away.</summary>
    public void Discard() => DeleteIfPresent(Path);

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool LeftByADeadProcess(string folder)
    {
        var name = System.IO.Path.GetFileName(folder);
        var marker = name.LastIndexOf(StagingMarker, StringComparison.Ordinal);
        var digits = name[(marker + StagingMarker.Length)..].Split('.')[0];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return true;
        }

        if (pid == Environment.ProcessId)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
