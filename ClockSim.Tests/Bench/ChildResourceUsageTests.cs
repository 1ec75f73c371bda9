using System.Diagnostics;
using ClockSim.Bench;

namespace ClockSim.Tests.Bench;

public sealed class ChildResourceUsageTests
{
    [Fact]
    public async Task AfterAChildThatComputes_ItsCpuTimeAndPeakMemoryAreCounted()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ChildResourceUsage.OfFinishedChildren());
            return;
        }

        var before = ChildResourceUsage.OfFinishedChildren()!;
        var start = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done" } };
        using (var child = Process.Start(start)!)
        {
            await child.WaitForExitAsync();
        }

        var after = ChildResourceUsage.OfFinishedChildren()!;
        Assert.True(after.Cpu - before.Cpu >= TimeSpan.FromMilliseconds(50), $"child CPU counted: {(after.Cpu - before.Cpu).TotalMilliseconds} ms");
        Assert.InRange(after.PeakResidentKilobytes, 100, 16L * 1024 * 1024);
    }
}
