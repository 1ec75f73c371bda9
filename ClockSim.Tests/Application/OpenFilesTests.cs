using System.Globalization;
using ClockSim.Application;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Application;

[Collection(AloneCollection.Name)]
public sealed class OpenFilesTests : IDisposable
{
    private const int Held = 40;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheLimit_IsTheOneTheKernelRecordsForThisProcess()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /proc/self/limits: "Max open files            20000                20000                files"
        var line = File.ReadLines("/proc/self/limits").Single(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

        Assert.Equal(soft == "unlimited" ? null : long.Parse(soft, CultureInfo.InvariantCulture), OpenFiles.Limit());
    }

    [Fact]
    public void FilesHeldOpen_AreCounted()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Equal(0, OpenFiles.Open());
            return;
        }

        var before = OpenFiles.Open();
        var files = Enumerable.Range(0, Held).Select(i => File.Create(Path.Combine(_folder.Path, $"{i}.txt"))).ToList();
        var holding = OpenFiles.Open();
        files.ForEach(f => f.Dispose());

        // The runtime may open or close a handle of its own meanwhile; the files held are still plain in the count.
        Assert.InRange(holding - before, Held - 5, Held + 5);
        Assert.True(OpenFiles.Limit() is not { } limit || holding <= limit, $"{holding} open, limit {OpenFiles.Limit()}");
    }
}
