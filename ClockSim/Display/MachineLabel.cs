using System.Globalization;

namespace ClockSim.Display;

/// <summary>Names a machine with its rate, the way every table and legend of the analysis does: <c>M1 (5 ticks/s)</c>.</summary>
internal static class MachineLabel
{
    public static string Of(int machine, double tickRate) =>
        string.Create(CultureInfo.InvariantCulture, $"M{machine} ({Rate(tickRate)})");

    /// <summary><c>1 tick/s</c>, <c>5 ticks/s</c>, <c>2.5 ticks/s</c>.</summary>
    public static string Rate(double tickRate) =>
        string.Create(CultureInfo.InvariantCulture, $"{tickRate:0.###} {(tickRate == 1 ? "tick" : "ticks")}/s");
}
