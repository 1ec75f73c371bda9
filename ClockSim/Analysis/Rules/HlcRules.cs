using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>
/// The hybrid logical clock rules of one row, given the row before it in the same file: its HLC is what the machines'
/// own rules (<see cref="HybridLogicalClock"/>) give from the row before's HLC and its physical reading, and it is above
/// the row before's. A receive's HLC follows from the one its send carried: <see cref="CheckReceive"/>, once the send is known.
/// </summary>
internal static class HlcRules
{
    public static void CheckRow(in MachineEvent row, MachineEvent? previous, FileLine where, Verdict verdict)
    {
        if (row.Hlc is not { } hlc || row.PhysicalNs is not { } physical)
        {
            return;
        }

        var before = previous?.Hlc ?? HlcTimestamp.BeforeFirstEvent;
        if (previous is { Hlc: { } last } && !(last < hlc))
        {
            verdict.Add(RuleKind.HlcCausality, where, $"the HLC went from {last} to {hlc}; it must rise on every event, which happened after the one before");
        }

        if (row.Kind != EventKind.Receive)
        {
            var expected = HybridLogicalClock.LocalRule(before, physical);
            if (hlc != expected)
            {
                verdict.Add(RuleKind.HlcRule, where, $"the HLC of this {row.Kind} event is {hlc}, expected {expected} from the row before's {Text(before)} and PhysicalMs {ClockReading.Format(physical)}");
            }
        }
    }

    /// <summary>A receive's HLC, from the row before it (<paramref name="before"/>; null: none), the HLC its send carried and its reading.</summary>
    public static void CheckReceive(HlcTimestamp hlc, HlcTimestamp? before, HlcTimestamp carried, long physicalNs, FileLine where, FileLine sendAt, Verdict verdict)
    {
        var from = before ?? HlcTimestamp.BeforeFirstEvent;
        var expected = HybridLogicalClock.ReceiveRule(from, carried, physicalNs);
        if (hlc != expected)
        {
            verdict.Add(RuleKind.HlcRule, where,
                $"the HLC of the receive is {hlc}, expected {expected} from the row before's {Text(from)}, the {carried} its send carried ({sendAt}) and PhysicalMs {ClockReading.Format(physicalNs)}");
        }

        if (!(carried < hlc))
        {
            verdict.Add(RuleKind.HlcCausality, where, $"the receive's HLC {hlc} is not above the {carried} of its send ({sendAt})");
        }
    }

    private static string Text(HlcTimestamp value) => value == HlcTimestamp.BeforeFirstEvent ? "none (the first event)" : value.ToString();
}
