using System.Runtime.InteropServices;

namespace ClockSim.Bench;

/// <summary>What the figures were measured on.</summary>
internal sealed record MachineDescription(string Processor, int Cores, string OperatingSystem, string Runtime, DateTimeOffset Date)
{
    public static MachineDescription Current(TimeProvider time) =>
        new(ProcessorName(), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, time.GetUtcNow());

    private static string ProcessorName()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
