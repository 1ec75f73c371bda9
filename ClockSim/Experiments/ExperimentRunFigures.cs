using ClockSim.Analysis;
using ClockSim.Analysis.Report;

namespace ClockSim.Experiments;

/// <summary>The headline figures of one run, for tables that compare runs and experiments.</summary>
internal sealed record ExperimentRunFigures(int Seed, string Rates, double MeanJumpOfSlowest, long MaxJump, double MeanDriftOfFurthest, long LowestDrift, int MaxQueue, long FinalClockGap, bool Valid)
{
    public static ExperimentRunFigures Of(RunAnalysis run)
    {
        var slowest = run.Machines.MinBy(m => m.TickRate)!;
        return new ExperimentRunFigures(
            run.Manifest.Seed,
            string.Join(", ", run.Machines.Select(m => AnalysisFormat.Number(m.TickRate))),
            slowest.Jumps.Mean,
            run.Machines.Max(m => m.Jumps.Max),
            run.Machines.Min(m => m.Drift.Mean),
            run.Machines.Min(m => m.Drift.Lowest),
            run.Machines.Max(m => m.Queue.Max),
            run.FinalClockGap,
            run.Verdict.IsValid);
    }
}
