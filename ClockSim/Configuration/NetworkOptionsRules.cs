using static System.FormattableString;

namespace ClockSim.Configuration;

/// <summary>
/// The rules of <c>Simulation:Network</c>, each failure one sentence naming the key: the times each delay
/// distribution needs, partitions and links that name real machines, a machine in one group
/// of a partition at most, partitions that do not overlap.
/// </summary>
internal static class NetworkOptionsRules
{
    private const string Section = "Simulation:Network";

    public static void Validate(NetworkOptions network, int machineCount, double durationSeconds, List<string> failures)
    {
        ValidateDelay(network.Delay, $"{Section}:Delay", failures);
        ValidatePartitions(network.Partitions, machineCount, durationSeconds, failures);
        ValidateLinks(network.Links, machineCount, failures);
    }

    private static void ValidateDelay(DelayOptions delay, string key, List<string> failures)
    {
        var needed = delay.Distribution switch
        {
            DelayDistribution.Constant => (Mean: true, Min: false, Max: false),
            DelayDistribution.Uniform => (Mean: false, Min: true, Max: true),
            DelayDistribution.Exponential => (Mean: true, Min: true, Max: false),
            _ => (Mean: false, Min: false, Max: false),
        };
        Time(delay.MeanMs, needed.Mean, "MeanMs");
        Time(delay.MinMs, needed.Min, "MinMs");
        Time(delay.MaxMs, needed.Max, "MaxMs");

        if (delay.Distribution == DelayDistribution.Uniform && delay.MinMs > delay.MaxMs)
        {
            failures.Add(Invariant($"{key}:MinMs ({delay.MinMs}) must not exceed {key}:MaxMs ({delay.MaxMs})."));
        }

        if (delay.Distribution == DelayDistribution.Exponential && delay.MeanMs < delay.MinMs)
        {
            failures.Add(Invariant($"{key}:MeanMs ({delay.MeanMs}) must be at least {key}:MinMs ({delay.MinMs}): the exponential part has mean MeanMs − MinMs."));
        }

        void Time(double? value, bool isNeeded, string name)
        {
            if (value is null)
            {
                if (isNeeded)
                {
                    failures.Add($"{key}:{name} is needed by the {delay.Distribution} distribution: a number of milliseconds, 0 or more.");
                }
            }
            else if (!isNeeded)
            {
                failures.Add($"{key}:{name} is set, but the {delay.Distribution} distribution does not use it; "
                    + (delay.Distribution == DelayDistribution.None ? "set Distribution to Constant, Uniform or Exponential, or remove it." : "remove it."));
            }
            else if (!(value >= 0 && value <= DelayOptions.MaxDelayMs))
            {
                failures.Add(Invariant($"{key}:{name} is {value}; a delay must be a number of milliseconds from 0 to {DelayOptions.MaxDelayMs} (one day, the longest run)."));
            }
        }
    }

    private static void ValidatePartitions(PartitionOptions[] partitions, int machineCount, double durationSeconds, List<string> failures)
    {
        for (var p = 0; p < partitions.Length; p++)
        {
            var partition = partitions[p];
            var key = Invariant($"{Section}:Partitions:{p}");
            if (!double.IsFinite(partition.FromSeconds) || partition.FromSeconds < 0)
            {
                failures.Add(Invariant($"{key}:FromSeconds is {partition.FromSeconds}; it must be a number of seconds, 0 or more."));
            }
            else if (partition.FromSeconds >= durationSeconds)
            {
                failures.Add(Invariant($"{key}:FromSeconds is {partition.FromSeconds}, not before the run's end at {durationSeconds} s (Simulation:DurationSeconds): the partition would never begin."));
            }

            if (!(partition.ToSeconds > partition.FromSeconds) || !double.IsFinite(partition.ToSeconds) || partition.ToSeconds > SimulationOptions.MaxDurationSeconds)
            {
                failures.Add(Invariant($"{key}:ToSeconds ({partition.ToSeconds}) must come after FromSeconds ({partition.FromSeconds}), at most {SimulationOptions.MaxDurationSeconds} s (the longest run)."));
            }

            if (partition.Groups.Length == 0)
            {
                failures.Add($"{key}:Groups is empty; give the sides of the partition, e.g. [[1, 2], [3]].");
            }

            var groupOf = new Dictionary<int, int>();
            for (var g = 0; g < partition.Groups.Length; g++)
            {
                foreach (var machine in partition.Groups[g])
                {
                    if (machine < 1 || machine > machineCount)
                    {
                        failures.Add(Invariant($"{key}:Groups:{g} names machine {machine}, but the machines are 1 to {machineCount}."));
                    }
                    else if (!groupOf.TryAdd(machine, g))
                    {
                        failures.Add(Invariant($"{key}:Groups names machine {machine} in group {groupOf[machine]} and in group {g}; a machine is on one side."));
                    }
                }
            }

            for (var q = 0; q < p; q++)
            {
                if (partitions[q].FromSeconds < partition.ToSeconds && partition.FromSeconds < partitions[q].ToSeconds)
                {
                    failures.Add(Invariant($"{key} ({partition.FromSeconds} s to {partition.ToSeconds} s) overlaps {Section}:Partitions:{q} ({partitions[q].FromSeconds} s to {partitions[q].ToSeconds} s)."));
                }
            }
        }
    }

    private static void ValidateLinks(LinkOptions[] links, int machineCount, List<string> failures)
    {
        var seen = new Dictionary<(int, int), int>();
        for (var l = 0; l < links.Length; l++)
        {
            var link = links[l];
            var key = Invariant($"{Section}:Links:{l}");
            foreach (var (name, machine) in new[] { ("From", link.From), ("To", link.To) })
            {
                if (machine < 1 || machine > machineCount)
                {
                    failures.Add(Invariant($"{key}:{name} is {machine}, but the machines are 1 to {machineCount}."));
                }
            }

            if (link.From == link.To)
            {
                failures.Add(Invariant($"{key} goes from machine {link.From} to itself; a link joins two machines."));
            }
            else if (!seen.TryAdd((link.From, link.To), l))
            {
                failures.Add(Invariant($"{key} repeats the link from {link.From} to {link.To} of {Section}:Links:{seen[(link.From, link.To)]}."));
            }

            if (link.Delay is not null)
            {
                ValidateDelay(link.Delay, $"{key}:Delay", failures);
            }

        }
    }
}
