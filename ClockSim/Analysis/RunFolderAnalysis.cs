using ClockSim.Analysis.Causality;
using ClockSim.Analysis.Clocks;
using ClockSim.Analysis.Export;
using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Reading;
using ClockSim.Analysis.Report.Html;
using ClockSim.Analysis.Rules;
using ClockSim.Analysis.Statistics;
using ClockSim.Analysis.Theory;
using ClockSim.Model;
using ClockSim.Recording;
using ClockSim.Statistics;

namespace ClockSim.Analysis;

/// <summary>
/// Analyses a run folder: one streaming pass over the machines' CSVs together, in time order, checking every row's rules
/// and joining each receive to its send as it goes, then the totals against run.json, then every figure.
/// </summary>
internal static class RunFolderAnalysis
{
    /// <summary>Why a run folder has no vector clock figures.</summary>
    public const string NoVectorClocks = "the run folder was written before vector clocks: its CSVs have no VectorClock column";

    /// <summary>Why a run folder has no figures of the four clocks.</summary>
    public const string NoHybridClocks = "the run folder was written before physical and hybrid logical clocks: its CSVs have no PhysicalMs and Hlc columns";

    /// <summary>Why a run with no events has no vector clock figures.</summary>
    public const string NoEvents = "the run has no events: it ended before any machine's first tick";

    private const int AllBuffersBytes = 4 << 20;

    /// <summary>The most machines' files read with a reader open at once (<see cref="CsvReaderBudget"/>); the others wait parked.</summary>
    private const int MaxOpenReaders = 128;

    /// <summary>
    /// Rows read ahead of the analysis at a time (<see cref="ReadAhead"/>): enough that handing a batch over costs little
    /// beside parsing it, few enough that the rows waiting between the two threads are seldom there when a young
    /// collection comes, which would carry them into an older generation to die there.
    /// </summary>
    private const int ReadAheadBatch = 64;

    /// <summary>The most bytes of vector clocks in one batch read ahead: fewer rows at a time when each row's vector is long.</summary>
    private const int ReadAheadBytes = 64 << 10;
    private const int MinBufferBytes = 4 << 10;

    /// <param name="reportEvents">
    /// The most events the rows of report.html hold (<see cref="ReportColumns"/>); null to take neither them nor the lines of the
    /// ShiViz log (a sweep only asks whether its run folder is valid).
    /// </param>
    /// <exception cref="RunFolderException">The folder, its run.json or a CSV is missing or unreadable.</exception>
    public static RunAnalysis Analyze(string folder, CancellationToken cancellationToken, long? reportEvents = ReportColumns.MaxEvents)
    {
        var manifest = RunFolderReader.ReadManifest(folder);
        var count = manifest.Machines.Count;

        // What needs none of the events is worked out on the other core while the pass is set up: the horizon the files'
        // ends forecast, and what the model predicts (at a thousand machines, a million links each).
        var forecast = Task.Run(() => ForecastHorizon(folder, manifest), cancellationToken);
        var networkModel = NetworkModel.Of(manifest.Options.Network);
        var predicted = Task.Run(() => Predict(manifest, networkModel), cancellationToken);
        var verdict = new Verdict();
        var causality = new CausalityCounter([.. manifest.Machines.Select(m => m.Ticks)], manifest.Seed);
        var clocks = new ClockComparison([.. manifest.Machines.Select(m => m.Ticks)], manifest.Seed);
        var timelines = new RunTimelines(count, forecast.GetAwaiter().GetResult());
        var ledger = new MessageLedger(count, clocks, timelines.Rows);
        var addressedTo = new long[count + 1];
        var machines = manifest.Machines
            .Select((m, i) => new MachineAccumulator(m.Id, i, count, Path.GetFileName(m.EventsFile), addressedTo, verdict, ledger, causality, clocks)).ToArray();
        var report = reportEvents is { } most ? new ReportColumns([.. manifest.Machines.Select(m => m.Id)], manifest.Machines.Sum(m => m.Ticks), most) : null;
        var shiViz = reportEvents is null ? null : new ShiVizLines(count);
        ReadInTimeOrder(folder, manifest, machines, timelines, report, shiViz, verdict, cancellationToken);

        var noVectors = CheckVectorsPresent(machines, verdict);

        // The rest of the analysis runs on one thread: the causality count's merges, which need nothing else, take the other core meanwhile.
        var causalityFigures = noVectors is null ? Task.Run(causality.Figures, cancellationToken) : null;
        var noClocks = noVectors ?? CheckClocksPresent(machines, verdict);
        var delays = ledger.Join(verdict);
        var sync = ReadSync(folder, verdict);
        SyncRules.Check(manifest, sync, verdict);
        var clockFigures = noClocks is null
            ? clocks.Figures(ClockReading.Nanoseconds(manifest.Options.Clocks.Physical.ResolutionMs),
                sync is null ? null : SyncFigures.Of([.. sync.Select(row => ((double)row.StepMs, (double)row.RoundTripMs))]), [.. machines.Select(m => m.File)], verdict)
            : null;
        var counts = machines.Select(m => m.Counts()).ToArray();
        ManifestRules.Check(manifest, counts, verdict);
        UndeliveredRules.Check(folder, manifest, ledger, verdict);

        var horizonMs = timelines.HorizonMs(manifest.ElapsedSeconds);
        var drift = timelines.Drift(horizonMs);
        var series = timelines.Series(horizonMs, i => EventCsvReader.Lines(RunFolderReader.EventsPath(folder, manifest.Machines[i]), cancellationToken)
            .Where(line => line.Problem is null).Select(line => line.Event));
        var (theory, meanLinkDelayMs, meanLossRate) = predicted.GetAwaiter().GetResult();
        var seconds = RunHorizon.Seconds(horizonMs);
        var account = MessageAccount.Of(manifest);
        var allDelays = delays.SelectMany(d => d.DelayMs);
        var network = new NetworkFigures(
            NetworkDescription.Of(manifest.Options.Network, manifest.Engine),
            manifest.Options.Network.IsDefault(),
            meanLinkDelayMs,
            allDelays.Any() ? allDelays.Average() : double.NaN,
            meanLossRate,
            account.Sent > 0 ? (double)account.DroppedByLoss / account.Sent : double.NaN,
            account);

        // Each machine's figures (sorting its delays, above all) stand alone: the machines are described side by side.
        var described = new MachineAnalysis[machines.Length];
        Parallel.For(0, machines.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => described[i] = Describe(machines[i],
            manifest.Machines[i].TickRate, counts[i], delays[i], drift[i], theory[i],
            MachineFigures.ArrivalRate(machines[i].Machine >= 1 && machines[i].Machine <= count ? addressedTo[machines[i].Machine] : 0, seconds),
            series.TimeWeightedQueue(i)));

        return new RunAnalysis
        {
            Folder = folder,
            Manifest = manifest,
            Machines = described,
            DurationSeconds = seconds,
            SendProbability = TheoryModel.SendProbability(count, manifest.Options.Weights),
            Verdict = verdict,
            Causality = causalityFigures?.GetAwaiter().GetResult(),
            CausalityUnavailableBecause = noVectors,
            Clocks = clockFigures,
            ClocksUnavailableBecause = noClocks,
            Network = network,
            Charts = series.Charts(),
            Report = report,
            ShiViz = shiViz,
            Delays = delays,
        };
    }

    /// <summary>
    /// Hands every line of every machine's CSV to its machine's accumulator, the report's rows and the ShiViz log's: each file in its own
    /// order, the files merged by time, so that a receive comes after its send and the ledger keeps only messages in flight.
    /// </summary>
    private static void ReadInTimeOrder(string folder, RunManifest manifest, IReadOnlyList<MachineAccumulator> machines, RunTimelines timelines,
        ReportColumns? report, ShiVizLines? shiViz, Verdict verdict, CancellationToken cancellationToken)
    {
        // Every file is open at once (with a reader open for at most MaxOpenReaders of them): their buffers share a few
        // megabytes rather than taking a file's own each.
        var bufferBytes = Math.Clamp(AllBuffersBytes / Math.Max(manifest.Machines.Count, 1), MinBufferBytes, EventCsvReader.DefaultBufferBytes);
        var budget = new CsvReaderBudget(MaxOpenReaders);
        var files = manifest.Machines.Select(entry => EventCsvReader.Open(RunFolderReader.EventsPath(folder, entry), cancellationToken, bufferBytes, budget)).ToArray();
        try
        {
            // A line that does not parse has no time: it is reported as soon as it is its file's next line.
            var lines = new TimeOrderedMerge(files.Length, i => files[i].MoveNext(),
                i => files[i].Current.Problem is null ? files[i].Current.Event.ElapsedMs : double.NegativeInfinity);
            bool Next(ref (int Machine, EventCsvLine Line) item)
            {
                if (!lines.MoveNext())
                {
                    return false;
                }

                item.Machine = lines.Source;
                item.Line = files[lines.Source].Current;
                return true;
            }

            foreach (var batch in ReadAhead.Of<(int Machine, EventCsvLine Line)>(Next, ReadAheadRows(manifest.Machines.Count), cancellationToken))
            {
                foreach (ref readonly var item in batch.AsSpan())
                {
                    var i = item.Machine;
                    ref readonly var line = ref item.Line;
                    if (line.Problem is null)
                    {
                        timelines.Add(i, line.Event);
                        machines[i].Add(line.Event, line.Line);
                        report?.Add(i, line.Event);
                        shiViz?.Add(i, line.Event);
                    }
                    else
                    {
                        verdict.Add(RuleKind.RowFormat, new FileLine(machines[i].File, line.Line), line.Problem);
                    }
                }
            }

            report?.Complete();
            shiViz?.Complete();
        }
        finally
        {
            foreach (var file in files)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>Rows per batch read ahead: <see cref="ReadAheadBatch"/>, fewer when each row's vector clock is long.</summary>
    private static int ReadAheadRows(int machines) => Math.Clamp(ReadAheadBytes / (sizeof(long) * Math.Max(machines, 1)), 1, ReadAheadBatch);

    /// <summary>The rows of the folder's sync.csv; null when it has none, and none when its header lacks a column, which breaks a rule.</summary>
    private static IReadOnlyList<SyncRow>? ReadSync(string folder, Verdict verdict)
    {
        if (!File.Exists(Path.Combine(folder, SyncCsv.FileName)))
        {
            return null;
        }

        try
        {
            return SyncCsv.Read(folder);
        }
        catch (InvalidDataException e)
        {
            verdict.Add(RuleKind.Conservation, new FileLine(SyncCsv.FileName, 1), e.Message);
            return [];
        }
    }

    /// <summary>The model's predictions for each machine, and the configured network's mean delay (ms) and loss rate over its links.</summary>
    private static (IReadOnlyList<TheoryPrediction> Theory, double MeanLinkDelayMs, double MeanLossRate) Predict(RunManifest manifest, NetworkModel network) =>
        (TheoryModel.Predict([.. manifest.Machines.Select(m => m.TickRate)], manifest.Options.Weights, network),
            network.MeanLinkDelaySeconds(manifest.Machines.Count) * 1000, network.MeanLossRate(manifest.Machines.Count));

    /// <summary>The horizon the files' ends give before the pass (<see cref="LastRowTime"/>); null when some file's end does not tell.</summary>
    private static double? ForecastHorizon(string folder, RunManifest manifest)
    {
        var lastTimes = manifest.Machines.Select(m => LastRowTime.Of(RunFolderReader.EventsPath(folder, m))).ToArray();
        return lastTimes.Length > 0 && lastTimes.All(t => t is not null) ? RunHorizon.Of(lastTimes.Select(t => t.GetValueOrDefault()), manifest.ElapsedSeconds) : null;
    }

    /// <summary>
    /// A folder written before vector clocks is held to every rule but theirs, and so is a run with no events, which has
    /// no vector to check; a folder with some files of each kind is broken.
    /// </summary>
    /// <returns>Null when the run has vector clocks, otherwise why it has none.</returns>
    private static string? CheckVectorsPresent(IReadOnlyList<MachineAccumulator> machines, Verdict verdict)
    {
        if (machines.All(m => m.HasVectors is null))
        {
            verdict.Skip([.. Verdict.VectorRules, .. Verdict.HlcRules], NoEvents);
            return NoEvents;
        }

        if (!machines.Any(m => m.HasVectors == true))
        {
            verdict.Skip([.. Verdict.VectorRules, .. Verdict.HlcRules], NoVectorClocks);
            return NoVectorClocks;
        }

        foreach (var machine in machines.Where(m => m.HasVectors == false))
        {
            verdict.Add(RuleKind.RowFormat, new FileLine(machine.File, 1), "the file has no VectorClock column, but other files of the run have one");
        }

        return null;
    }

    /// <summary>
    /// A folder written before physical and hybrid logical clocks is held to every rule but theirs; a folder with some files
    /// of each kind is broken. Called once the run is known to have vector clocks.
    /// </summary>
    /// <returns>Null when the run has the clocks, otherwise why it has none.</returns>
    private static string? CheckClocksPresent(IReadOnlyList<MachineAccumulator> machines, Verdict verdict)
    {
        if (!machines.Any(m => m.HasClocks == true))
        {
            verdict.Skip(Verdict.HlcRules, NoHybridClocks);
            return NoHybridClocks;
        }

        foreach (var machine in machines.Where(m => m.HasClocks == false))
        {
            verdict.Add(RuleKind.RowFormat, new FileLine(machine.File, 1), "the file has no PhysicalMs and Hlc columns, but other files of the run have them");
        }

        return null;
    }

    private static MachineAnalysis Describe(MachineAccumulator m, double tickRate, MachineCounts counts, DelaySamples delays,
        DriftSummary drift, TheoryPrediction theory, double arrivalRate, double timeWeightedQueue)
    {
        var f = m.Figures;
        return new MachineAnalysis
        {
            Machine = m.Machine,
            TickRate = tickRate,
            Counts = counts,
            ClockRate = f.ClockRate,
            Jumps = new JumpSummary(f.Jumps.Mean, f.Jumps.Percentile(0.5), f.Jumps.Percentile(0.95), counts.MaxJump,
                f.Ticks > 0 ? f.LargestJumpAt.Tick : 0, f.LargestJumpAt.Line, f.Jumps.Bins()),
            Queue = new QueueSummary(f.MeanQueue, timeWeightedQueue, f.MaxQueue, f.FinalQueue, f.QueueGrowth),
            DelayMs = SampleStatistics.Of(delays.DelayMs),
            DelayTicks = SampleStatistics.Of(delays.DelayTicks),
            Drift = drift,
            ArrivalRate = arrivalRate,
            ReceivingShare = f.ReceivingShare,
            Theory = theory,
        };
    }
}
