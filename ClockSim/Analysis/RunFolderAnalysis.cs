using System.Text.Json;
using ClockSim.Recording;
using CsvHelper;

namespace ClockSim.Analysis;

/// <summary>
/// Reads a run folder (run.json and one CSV per machine, nothing else, so a folder copied from another
/// computer reads the same) in one streaming pass per CSV, then derives every figure and the verdict.
/// </summary>
internal static class RunFolderAnalysis
{
    /// <exception cref="RunFolderException">The folder, its run.json or a CSV is missing or unreadable.</exception>
    public static RunAnalysis Analyze(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException($"the run folder '{folder}' does not exist.");
        }

        var manifest = ReadManifest(folder);
        var count = manifest.Machines.Count;
        var verdict = new Verdict();
        var ledger = new MessageLedger();
        var machines = manifest.Machines
            .Select(m => new MachineAccumulator(m.Id, count, Path.GetFileName(m.EventsFile), verdict, ledger)).ToArray();
        foreach (var machine in machines)
        {
            ReadCsv(Path.Combine(folder, machine.File), machine, verdict, cancellationToken);
        }

        var timelines = machines.Select(m => m.Timeline).ToArray();
        var delays = ledger.Join(timelines, verdict);
        var counts = machines.Select(m => m.Counts()).ToArray();
        ManifestRules.Check(manifest, counts, verdict);

        var horizonMs = timelines.Max(t => t.LastTime) is > 0 and var last ? last : manifest.ElapsedSeconds * 1000;
        var drift = DriftCalculator.Compute(timelines, horizonMs);
        var theory = TheoryModel.Predict([.. manifest.Machines.Select(m => m.TickRate)], manifest.Options.Weights);
        var seconds = horizonMs / 1000;

        return new RunAnalysis
        {
            Folder = folder,
            Manifest = manifest,
            Machines = [.. machines.Select((m, i) => Describe(m, manifest.Machines[i].TickRate, counts[i], delays[i], drift[i], theory[i],
                machines.Sum(sender => sender.AddressedTo(m.Machine)) / seconds, horizonMs))],
            DurationSeconds = seconds,
            SendProbability = TheoryModel.SendProbability(count, manifest.Options.Weights),
            Verdict = verdict,
            Timelines = timelines,
            Delays = delays,
        };
    }

    private static RunManifest ReadManifest(string folder)
    {
        if (!File.Exists(Path.Combine(folder, RunManifestJson.FileName)))
        {
            throw new RunFolderException($"'{folder}' has no {RunManifestJson.FileName}; it is not a finished run folder.");
        }

        RunManifest manifest;
        try
        {
            manifest = RunManifestJson.Read(folder);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new RunFolderException($"{Path.Combine(folder, RunManifestJson.FileName)} cannot be read: {e.Message}", e);
        }

        if (manifest.Machines.Count < 2 || manifest.Machines.Count > 128
            || manifest.Machines.Select((m, i) => m.Id == i + 1 && m.TickRate > 0).Any(ok => !ok))
        {
            throw new RunFolderException(
                $"{RunManifestJson.FileName} must list 2 to 128 machines with ids 1, 2, … in order and tick rates above 0.");
        }

        return manifest;
    }

    private static void ReadCsv(string path, MachineAccumulator machine, Verdict verdict, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new RunFolderException($"the events file '{path}' of machine {machine.Machine} is missing.");
        }

        try
        {
            EventCsvReader.Read(path, verdict, machine.Add, cancellationToken);
        }
        catch (CsvFormatException e)
        {
            verdict.Add(RuleKind.RowFormat, machine.File, $"the file cannot be read past this point: {e.Message}");
        }
    }

    private static MachineAnalysis Describe(MachineAccumulator m, double tickRate, MachineCounts counts, DelaySamples delays,
        DriftSummary drift, TheoryPrediction theory, double arrivalRate, double horizonMs) => new()
    {
        Machine = m.Machine,
        TickRate = tickRate,
        Counts = counts,
        ClockRate = m.ClockFit.Slope,
        Jumps = new JumpSummary(m.Jumps.Mean, m.Jumps.Percentile(0.5), m.Jumps.Percentile(0.95), counts.MaxJump,
            m.LargestJump?.Tick ?? 0, m.LargestJump?.Line ?? 0, m.Jumps.Bins()),
        Queue = new QueueSummary(m.MeanQueue, m.Timeline.TimeWeightedQueue(horizonMs), m.MaxQueue, m.FinalQueue, m.QueueFit.Slope),
        DelayMs = SampleStatistics.Of(delays.DelayMs),
        DelayTicks = SampleStatistics.Of(delays.DelayTicks),
        Drift = drift,
        ArrivalRate = arrivalRate,
        ReceivingShare = counts.Ticks > 0 ? (double)counts.Receives / counts.Ticks : double.NaN,
        Theory = theory,
    };
}
