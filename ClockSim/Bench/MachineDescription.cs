using System.Globalization;
using System.Runtime.InteropServices;

namespace ClockSim.Bench;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineDescription(string Processor, int Cores, string OperatingSystem, string Runtime, DateTimeOffset Date)
{
    public static MachineDescription Current(TimeProvider time) =>
        new(ProcessorName(), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, time.GetUtcNow());

    /// <summary>The system's load average over the last minute (Linux), or null: above the core count, other work shared the machine.</summary>
    public static double? LoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage)
            && double.TryParse(File.ReadAllText(loadAverage).Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : null;
    }

    private static string ProcessorName()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
