using System.Globalization;
using ClockSim.Model;

namespace ClockSim.Tests.Simulation;

/// <summary>
/// Draws one virtual run's settings, as the command line overrides a user would type: 2 to 8 machines, rates and weights
/// of every kind (a zero weight included), a short duration, and a network with or without delay (each distribution),
/// loss, reordering, up to two partitions within the run and up to two links of their own, with aligned or random phases,
/// and physical clocks of every kind (offsets up to a second, drifts up to 1000 ppm, resolutions from a nanosecond to
/// 16 ms), synchronised by Cristian's algorithm or not.
/// Drawn with the project's own generator, whose sequence no .NET release changes, so a test seed means the same
/// configurations everywhere.
/// </summary>
internal static class RandomConfiguration
{
    public static string[] Draw(SeededRandom random)
    {
        var machines = random.NextInt(2, 8);
        var duration = Math.Round(0.5 + (random.NextDouble() * 2.5), 3);
        var args = new List<string>
        {
            "--Simulation:Engine=Virtual",
            Setting("Seed", random.NextInt(int.MaxValue)),
            Setting("DurationSeconds", duration),
            Setting("Machines", machines),
            Setting("Phases", random.NextInt(2) == 0 ? "Aligned" : "Random"),
        };
        for (var i = 0; i < machines; i++)
        {
            args.Add(Setting($"TickRates:{i}", random.NextInt(1, 5) == 1 ? Math.Round(0.5 + (random.NextDouble() * 5), 2) : random.NextInt(1, 119)));
        }

        var weights = new[] { random.NextInt(0, 4), random.NextInt(0, 4), random.NextInt(0, 8) };
        weights[random.NextInt(3)] += 1;
        args.AddRange([Setting("Weights:SendToOne", weights[0]), Setting("Weights:SendToAll", weights[1]), Setting("Weights:Internal", weights[2])]);

        args.AddRange(Delay(random, "Network:Delay"));
        if (random.NextInt(2) == 0)
        {
            args.Add(Setting("Network:LossRate", Math.Round(random.NextDouble() * 0.5, 3)));
        }

        args.Add(Setting("Network:Fifo", random.NextInt(2) == 0 ? "true" : "false"));
        var from = 0.0;
        var partitions = random.NextInt(0, 2);
        for (var p = 0; p < partitions; p++)
        {
            from += Math.Round(random.NextDouble() * duration / 2, 3);
            if (from >= duration)
            {
                break;
            }

            var to = from + Math.Round(0.1 + random.NextDouble(), 3);
            args.AddRange([Setting($"Network:Partitions:{p}:FromSeconds", from), Setting($"Network:Partitions:{p}:ToSeconds", to)]);
            var side = Enumerable.Range(1, machines).Where(_ => random.NextInt(2) == 0).DefaultIfEmpty(1).ToList();
            args.AddRange(side.Select((id, k) => Setting($"Network:Partitions:{p}:Groups:0:{k}", id)));
            from = to;
        }

        var firstSource = random.NextInt(machines);
        var links = Math.Min(random.NextInt(0, 2), machines);
        for (var l = 0; l < links; l++)
        {
            var source = ((firstSource + l) % machines) + 1;
            var target = (source % machines) + 1;
            args.AddRange([Setting($"Network:Links:{l}:From", source), Setting($"Network:Links:{l}:To", target)]);
            args.AddRange(random.NextInt(2) == 0 ? Delay(random, $"Network:Links:{l}:Delay") : [Setting($"Network:Links:{l}:LossRate", Math.Round(random.NextDouble() * 0.9, 3))]);
        }

        args.AddRange(Clocks(random));
        return [.. args.Distinct()];
    }

    private static string[] Clocks(SeededRandom random)
    {
        var clocks = new List<string>();
        if (random.NextInt(4) != 0)
        {
            clocks.Add(Setting("Clocks:Physical:MaxOffsetMs", Math.Round(random.NextDouble() * (new[] { 1, 10, 100, 1000 })[random.NextInt(4)], 3)));
        }

        if (random.NextInt(2) == 0)
        {
            clocks.Add(Setting("Clocks:Physical:MaxDriftPpm", Math.Round(random.NextDouble() * 1000, 1)));
        }

        clocks.Add(Setting("Clocks:Physical:ResolutionMs", (new[] { "0.001", "0.000001", "1", "15.625" })[random.NextInt(4)]));
        if (random.NextInt(2) == 0)
        {
            clocks.AddRange([Setting("Clocks:Sync:Method", "Cristian"), Setting("Clocks:Sync:IntervalSeconds", Math.Round(0.05 + (random.NextDouble() * 1.5), 3))]);
        }

        return [.. clocks];
    }

    private static string[] Delay(SeededRandom random, string key) => random.NextInt(4) switch
    {
        0 => [],
        1 => [Setting(key + ":Distribution", "Constant"), Setting(key + ":MeanMs", Math.Round(random.NextDouble() * 300, 3))],
        2 => [Setting(key + ":Distribution", "Uniform"), Setting(key + ":MinMs", 5), Setting(key + ":MaxMs", Math.Round(5 + (random.NextDouble() * 500), 3))],
        _ => [Setting(key + ":Distribution", "Exponential"), Setting(key + ":MinMs", 1), Setting(key + ":MeanMs", Math.Round(1 + (random.NextDouble() * 300), 3))],
    };

    private static string Setting(string key, object value) =>
        string.Create(CultureInfo.InvariantCulture, $"--Simulation:{key}={value}");
}
