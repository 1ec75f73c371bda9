using System.ComponentModel;

namespace ClockSim.Configuration;

/// <summary>
/// A timed partition: from <see cref="FromSeconds"/> to <see cref="ToSeconds"/> after the start, a message sent
/// between machines of different <see cref="Groups"/> is dropped. Machines named in no group form one more group.
/// </summary>
public sealed class PartitionOptions
{
    [Description("Seconds after the start when the partition begins (0 or more).")]
    public double FromSeconds { get; set; }

    [Description("Seconds after the start when it heals (after FromSeconds).")]
    public double ToSeconds { get; set; }

    /// <summary>Machine ids, one list per side, e.g. <c>[[1, 2], [3]]</c>.</summary>
    [Description("Lists of machine ids, one per side, e.g. [[1, 2], [3]].")]
    public int[][] Groups { get; set; } = [];
}
