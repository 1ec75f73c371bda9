using ClockSim.Experiments;
using ClockSim.Sweeps;

namespace ClockSim.Tests.Experiments;

public sealed class TwinRangeTests
{
    private const string Column = "QueueGrowth";

    /// <summary>A row of a twin's runs.csv with one figure.</summary>
    private static RunsCsvRow Row(int seed, double value, int combination = 1, int rank = 1) =>
        new(combination, seed, rank, rank, new Dictionary<string, double> { [Column] = value });

    [Fact]
    public void Of_LeavesOutTheRunsOwnSeedAndOtherRatesAndRanks()
    {
        // Seed 11 is the committed run's own: its virtual run, at 5.00, would make the range 1.00 to 5.00 (3 runs: nearest
        // ranks ⌈0.075⌉ = 1 and ⌈2.925⌉ = 3); without it the range is that of seeds 1 to 3 alone.
        RunsCsvRow[] rows = [Row(1, 1.0), Row(2, 1.1), Row(3, 1.2), Row(11, 5.0), Row(1, 9.0, combination: 2), Row(1, 9.0, rank: 2)];

        var range = TwinRange.Of(rows, combination: 1, rank: 1, Column, seed: 11);

        Assert.Equal((3, 1.0, 1.2), (range.Runs.Count, range.Runs.RangeLow, range.Runs.RangeHigh));
        Assert.Equal("1.00 to 1.20", range.Text(2));
        Assert.Equal(TwinPlacement.Inside, TwinRange.Of(rows, 1, 1, Column, seed: 2).Place(5.0, 2));
    }

    [Fact]
    public void Cell_RunOutsideTheOtherSeedsRange_IsOutsideThoughItsOwnSeedMatchesIt()
    {
        RunsCsvRow[] rows = [Row(1, 1.0), Row(2, 1.1), Row(3, 1.2), Row(11, 5.0)];

        var (text, placement) = TwinReport.Cell(5.0, 5.0, TwinRange.Of(rows, 1, 1, Column, seed: 11), 2);

        Assert.Equal(TwinPlacement.Outside, placement);
        Assert.Equal("5.00 / 5.00 (1.00 to 1.20) ✗", text);
    }

    [Fact]
    public void Cell_EveryVirtualRunAlike_IsDegenerateNotInside()
    {
        // 0.0004 shows as 0.00: the range is 0.00 to 0.00, which a committed run of 0.00 would be "inside" of by construction.
        RunsCsvRow[] rows = [Row(1, 0), Row(2, 0.0004), Row(3, 0), Row(11, 0)];

        var (text, placement) = TwinReport.Cell(0, 0, TwinRange.Of(rows, 1, 1, Column, seed: 11), 2);

        Assert.Equal(TwinPlacement.Degenerate, placement);
        Assert.Equal("0.00 / 0.00 (degenerate: every virtual run gives 0.00)", text);
    }

    [Fact]
    public void Text_DegenerateMiddleWithOutliers_SaysOnlyTheMiddleIsAlike()
    {
        // 40 runs: the middle 95 % runs from rank ⌈1⌉ = 1 to ⌈39⌉ = 39, so one outlier at the top lies beyond it.
        RunsCsvRow[] rows = [.. Enumerable.Range(1, 39).Select(seed => Row(seed, 0)), Row(40, 3)];

        var range = TwinRange.Of(rows, 1, 1, Column, seed: 99);

        Assert.Equal(TwinPlacement.Degenerate, range.Place(3, 2));
        Assert.Equal("degenerate: the middle 95 % of virtual runs give 0.00", range.Text(2));
    }

    [Fact]
    public void Cell_NoOtherVirtualRun_HasNothingToPlace() =>
        Assert.Equal(("—", null), TwinReport.Cell(1, 1, TwinRange.Of([Row(11, 1)], 1, 1, Column, seed: 11), 2));
}
