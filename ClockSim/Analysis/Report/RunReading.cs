using ClockSim.Display;
using static ClockSim.Analysis.Report.AnalysisFormat;
using ClockSim.Recording;

namespace ClockSim.Analysis.Report;

/// <summary>
/// The plain-language reading of a run: whether its machines fell behind real time, a sentence per machine on whether it
/// keeps up and what sets its clock, then the largest jump, the largest drift and how well the model did.
/// </summary>
internal static class RunReading
{
    /// <summary>Below this run length the reading warns that rates are rough.</summary>
    private const double ShortRunSeconds = 20;

    public static IReadOnlyList<string> Sentences(RunAnalysis run)
    {
        if (run.Machines.Count == 0 || run.Machines.All(m => m.Counts.Ticks == 0))
        {
            return ["No machine ticked, so there is nothing to read."];
        }

        var fastestClock = run.Machines.MaxBy(m => m.Counts.FinalClock)!;
        List<string> sentences = BehindRealTime.Sentence(run.Manifest) is { } behind ? [behind] : [];
        sentences.AddRange(run.Machines.Select(m => Machine(m, fastestClock)));
        sentences.Add(LargestJump(run));
        sentences.Add(LargestDrift(run));
        sentences.Add(ModelAgreement(run));
        if (run.DurationSeconds < ShortRunSeconds)
        {
            sentences.Add($"The run is short ({Number(run.DurationSeconds, 1)} s): a few messages more or less move every rate, so read the figures as rough.");
        }

        return sentences;
    }

    public static bool CannotKeepUp(MachineAnalysis m) => CannotKeepUp(m.Queue.GrowthPerSecond, m.TickRate, m.Queue.Final);

    /// <summary>A queue is taken as growing when it rose by more than 5 % of the tick rate a second and ended above 1.</summary>
    /// <param name="growthPerSecond">The least-squares slope of the queue length against time, in messages per second.</param>
    public static bool CannotKeepUp(double growthPerSecond, double tickRate, long finalQueue) => growthPerSecond > 0.05 * tickRate && finalQueue > 1;

    private static string Machine(MachineAnalysis m, MachineAnalysis fastestClock)
    {
        var name = m.Label;
        var predicted = m.Theory.QueueGrows
            ? $"the model predicts {Number(m.Theory.QueueGrowth)} msg/s"
            : "the model predicts a stable queue";
        if (CannotKeepUp(m))
        {
            return $"{name} cannot keep up: its queue grew by {Number(m.Queue.GrowthPerSecond)} msg/s ({predicted}) to {Whole(m.Queue.Final)} waiting at the end, "
                + $"messages waited {Duration(m.DelayMs.Mean)} on average ({Duration(m.DelayMs.Max)} at worst), and its clock advanced at "
                + $"{Number(m.ClockRate)} units/s against {Number(fastestClock.ClockRate)} for {fastestClock.Label}.";
        }

        var stable = $"{name} keeps up (mean queue {Number(m.Queue.MeanOverTicks)}; {predicted})";
        if (m.Theory.QueueGrows)
        {
            stable = $"{name} kept up although the model predicts its queue grows by {Number(m.Theory.QueueGrowth)} msg/s (mean queue {Number(m.Queue.MeanOverTicks)})";
        }

        return m.ClockRate > 1.1 * m.TickRate
            ? $"{stable} and is pulled up: its clock ran at {Number(m.ClockRate)} units/s, above its own {MachineLabel.Rate(m.TickRate)}, carried along by faster clocks it hears from."
            : $"{stable} and keeps its own pace: its clock ran at {Number(m.ClockRate)} units/s for {MachineLabel.Rate(m.TickRate)}.";
    }

    private static string LargestJump(RunAnalysis run)
    {
        var m = run.Machines.MaxBy(x => x.Jumps.Max)!;
        var where = new FileLine(run.Manifest.Machines[m.Machine - 1].EventsFile, m.Jumps.MaxAtLine);
        return m.Jumps.Max <= 1
            ? "No clock ever jumped by more than 1: no message carried a clock ahead of its receiver."
            : $"The largest jump was {Whole(m.Jumps.Max)}, by {m.Label} at tick {Whole(m.Jumps.MaxAtTick)} ({where}): "
              + "a message carried a clock that far ahead of its own.";
    }

    private static string LargestDrift(RunAnalysis run)
    {
        var m = run.Machines.MinBy(x => x.Drift.Mean)!;
        var finalLow = run.Machines.MinBy(x => x.Counts.FinalClock)!;
        var finalHigh = run.Machines.MaxBy(x => x.Counts.FinalClock)!;
        var ending = run.FinalClockGap == 0
            ? $"Every clock ends at {Whole(finalHigh.Counts.FinalClock)}."
            : $"The final clocks end {Whole(run.FinalClockGap)} apart ({finalHigh.Label} at {Whole(finalHigh.Counts.FinalClock)}, "
              + $"{finalLow.Label} at {Whole(finalLow.Counts.FinalClock)}).";
        return $"{m.Label} lagged the leading clock most: its drift was {Number(m.Drift.Mean, 1)} units on average and {Whole(m.Drift.Lowest)} "
            + "at its lowest. " + ending;
    }

    private static string ModelAgreement(RunAnalysis run)
    {
        var errors = run.Machines
            .Select(m => (m, error: Math.Abs(RelativeErrorValue(m.ClockRate, m.Theory.ClockRate))))
            .Where(x => double.IsFinite(x.error)).ToList();
        if (errors.Count == 0)
        {
            return "The model's clock rates could not be compared: no clock rate was measured.";
        }

        var worst = errors.MaxBy(x => x.error);
        return $"The model's clock rates are within {Percent(worst.error)} of the measured ones (furthest: {worst.m.Label}, "
            + $"predicted {Number(worst.m.Theory.ClockRate)}, measured {Number(worst.m.ClockRate)} units/s).";
    }
}
