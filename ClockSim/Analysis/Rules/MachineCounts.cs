namespace ClockSim.Analysis.Rules;

/// <summary>What one machine's CSV adds up to; compared with its line of <c>run.json</c>.</summary>
internal sealed record MachineCounts(
    int Machine,
    long Ticks,
    long Receives,
    long Sends,
    long SendAlls,
    long Internals,
    long MessagesSent,
    long FinalClock,
    long MaxJump,
    long MaxQueue);
