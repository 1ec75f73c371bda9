using ClockSim.Sweeps;
using ClockSim.Sweeps.Shards;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Sweeps;

public sealed class RunsCsvTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadResults_OfWhatWriteWrote_GivesBackEveryRunAsItWas()
    {
        // Drawn rates, a lossy network and an axis: every figure, the model under the network, and the causality figures.
        var file = SweepFileReader.Load(_folder.Write("lossy.json", """
            {
              "Sweep": { "Seeds": [3, 1, 2], "Axes": { "Network:LossRate": [0, 0.2] } },
              "Simulation": { "DurationSeconds": 4, "Machines": 4 }
            }
            """));
        var written = new SweepExecutor(file, keptRunsRoot: null).Run(SweepSlice.Whole, () => { }, CancellationToken.None);
        RunsCsv.Write(_folder.Path, file, written, withVerdicts: false);

        var read = RunsCsv.ReadResults(Path.Combine(_folder.Path, RunsCsv.FileName), file);

        Assert.Equal(written.Count, read.Count);
        foreach (var (before, after) in written.Zip(read))
        {
            Assert.Equal((before.Combination, before.Seed, before.Valid), (after.Combination, after.Seed, after.Valid));
            Assert.Equal(before.Machines, after.Machines);
            Assert.Equal(before.Model, after.Model);
            Assert.Equal(before.FalseOrderShare, after.FalseOrderShare);
            Assert.Equal(before.CausalReachSeconds, after.CausalReachSeconds);
            Assert.Equal(before.CausalReachNotCompletedShare, after.CausalReachNotCompletedShare);
        }
    }

    [Fact]
    public void ReadResults_OfAnotherSweepsFile_IsRefused()
    {
        var one = SweepFileReader.Load(_folder.Write("one.json", """{ "Sweep": { "Seeds": [1], "Axes": { "Weights:Internal": [7] } }, "Simulation": { "DurationSeconds": 1 } }"""));
        var other = SweepFileReader.Load(_folder.Write("other.json", """{ "Sweep": { "Seeds": [1] }, "Simulation": { "DurationSeconds": 1 } }"""));
        RunsCsv.Write(_folder.Path, one, new SweepExecutor(one, null).Run(SweepSlice.Whole, () => { }, CancellationToken.None), withVerdicts: false);

        var error = Assert.Throws<InvalidDataException>(() => RunsCsv.ReadResults(Path.Combine(_folder.Path, RunsCsv.FileName), other));

        Assert.Contains("does not have the columns of a runs.csv of", error.Message, StringComparison.Ordinal);
    }
}
