using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;
using ClockSim.Model;
using static System.FormattableString;

namespace ClockSim.Analysis.Export;

/// <summary>
/// <c>run.shiviz.log</c>: the run's events with their vector clocks, in the log format the ShiViz visualiser
/// (DistributedClocks/shiviz) opens as it is, by upload or paste. The first line is the parser's regular expression
/// (named groups <c>event</c>, <c>host</c> and <c>clock</c>), the second the execution delimiter (blank: one execution);
/// then two lines per event, its text and <c>M2 {"M1":4, "M2":7}</c>: the host, and its vector clock as JSON with the
/// zero entries left out. Hosts are <c>M1</c> … <c>MN</c>; each host's own entries run 1, 2, 3, … over its events.
/// ShiViz draws an arrow where a clock entry of another host rises, which for this run is every receive. ShiViz draws
/// every event at once and slows to a crawl beyond a few thousand, so a larger run's log holds its first
/// <see cref="MaxEvents"/> events in time: a cut in time keeps every rule, as an event only knows of earlier ones.
/// The analysis takes the events as they stream by (<see cref="ShiVizLines"/>); this is the format.
/// </summary>
internal static class ShiVizLog
{
    public const string FileName = "run.shiviz.log";

    /// <summary>ShiViz's own default parser: an event's text on one line, its host and clock on the next.</summary>
    public const string Parser = @"(?<event>.*)\n(?<host>\S*) (?<clock>{.*})";

    /// <summary>The most events a log holds.</summary>
    public const int MaxEvents = 10_000;

    /// <summary>Up to this many machines a send to all names its recipients.</summary>
    private const int RecipientsNamed = 8;

    public static string Host(int machine) => "M" + machine.ToString(CultureInfo.InvariantCulture);

    /// <summary>The event in words: <c>Send 2-7 to M3, L=12</c>, <c>Receive 2-7 from M2, L=14 (jump 3)</c>.</summary>
    public static string Text(in MachineEvent row, int machineCount)
    {
        var at = Invariant($"at {row.ElapsedMs / 1000:0.000} s");
        return row.Kind switch
        {
            EventKind.Receive => Invariant($"Receive {row.Message} from {Host(row.Message.Sender)}, L={row.LogicalClock}")
                + (row.Jump > 1 ? Invariant($" (jump {row.Jump})") : "") + ", " + at,
            EventKind.Send => Invariant($"Send {row.Message} to {Recipients(row.Peers)}, L={row.LogicalClock}, {at}"),
            EventKind.SendAll => Invariant($"Send {row.Message} to all ")
                + (machineCount - 1 <= RecipientsNamed ? $"({Recipients(row.Peers)})" : Invariant($"{machineCount - 1} other machines"))
                + Invariant($", L={row.LogicalClock}, {at}"),
            _ => Invariant($"Internal event, L={row.LogicalClock}, {at}"),
        };
    }

    /// <summary><c>{"M1":4, "M3":2}</c>: the vector clock as ShiViz reads it, zero entries left out.</summary>
    // A whole vector per event: optimised from its first call (docs/ARCHITECTURE.md, "Hot loops").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Clock(ReadOnlySpan<long> vector)
    {
        var text = new StringBuilder("{");
        for (var i = 0; i < vector.Length; i++)
        {
            if (vector[i] == 0)
            {
                continue;
            }

            if (text.Length > 1)
            {
                text.Append(", ");
            }

            text.Append('"').Append(Host(i + 1)).Append("\":").Append(vector[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.Append('}').ToString();
    }

    private static string Recipients(MachineSet peers)
    {
        var names = new List<string>();
        foreach (var id in peers)
        {
            names.Add(Host(id));
        }

        return string.Join(", ", names);
    }
}
