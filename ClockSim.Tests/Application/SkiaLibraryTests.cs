using System.Diagnostics;
using System.Runtime.InteropServices;
using ClockSim.Application;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Application;

/// <summary>
/// The charts are drawn by Skia built against fontconfig where it loads, and by the build without dependencies where it
/// does not: a machine without fontconfig still gets every chart.
/// </summary>
public sealed partial class SkiaLibraryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <summary>Beside the tests' own folder, so that its files can be hard links to theirs (a symbolic link would lead the runtime back to the original folder).</summary>
    private readonly string _app = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))!, "skia-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _temp.Dispose();
        if (Directory.Exists(_app))
        {
            Directory.Delete(_app, recursive: true);
        }
    }

    [Fact]
    public void The_build_without_dependencies_is_where_the_resolver_looks_for_it()
    {

        var path = SkiaLibrary.WithoutDependenciesPath(AppContext.BaseDirectory);

        Assert.True(NativeLibrary.TryLoad(path, out var handle), $"{path} does not load.");
        NativeLibrary.Free(handle);
    }

    [Fact]
    public async Task A_run_draws_its_charts_when_the_fontconfig_build_cannot_load()
    {
        var program = LayoutWithBrokenFontconfigBuild();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { program, "--Simulation:Engine=Virtual", "--Simulation:Seed=3", "--Simulation:DurationSeconds=5", "--Simulation:PngCharts=true" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, await output + await error);
        var folder = Assert.Single(Directory.GetDirectories(Path.Combine(_temp.Path, "runs")));
        foreach (var chart in new[] { "clock.png", "drift.png", "queue.png", "jumps.png", "delay.png" })
        {
            Assert.True(new FileInfo(Path.Combine(folder, chart)).Length > 1000, $"{chart} was not drawn.");
        }
    }

    /// <summary>
    /// The program's files, hard-linked into a folder of their own, except its fontconfig build of Skia, which is replaced by a
    /// file that is no library, as on a machine where that build cannot load.
    /// </summary>
    /// <returns>The program's assembly in that folder.</returns>
    private string LayoutWithBrokenFontconfigBuild()
    {
        var app = _app;
        var native = Path.Combine("runtimes", RuntimeInformation.RuntimeIdentifier, "native");
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(AppContext.BaseDirectory, file);
            var target = Path.Combine(app, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (relative == Path.Combine(native, SkiaLibrary.LibraryName + ".so"))
            {
                File.WriteAllText(target, "not a library");
            }
            else
            {
                Assert.True(Link(file, target) == 0, $"could not link {target} to {file}: {Marshal.GetLastPInvokeErrorMessage()}");
            }
        }

        return Path.Combine(app, Path.GetFileName(ProgramUnderTest.Assembly));
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
