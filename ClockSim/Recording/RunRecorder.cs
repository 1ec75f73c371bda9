using ClockSim.Model;
using ClockSim.Machines;
using ClockSim.Network;
using ClockSim.Run;
using Microsoft.Extensions.Hosting;

namespace ClockSim.Recording;

/// <summary>
/// Owns the run folder. It is registered first, so it starts before any machine ticks (and opens
/// every event log) and stops after every machine has stopped, when it closes the logs under their
/// final names and writes <c>run.json</c>, <c>undelivered.csv</c> and, with synchronisation, <c>sync.csv</c>.
/// </summary>
internal sealed class RunRecorder(
    IReadOnlyList<Machine> machines, IReadOnlyList<IEventLog> logs, IRunEngine engine, RunNetwork network, RunPlan plan, RunFolder folder, RunTimeline timeline)
    : IHostedService
{
    /// <summary>4 since physical and hybrid logical clocks (each machine's clock offset, drift and synchronisation counts; the CSVs' PhysicalMs and Hlc); 3 brought start phases, and every run folder of 3 or later has an undelivered.csv.</summary>
    public const string FormatVersion = "4";

    /// <summary>The manifest written at the end, once the host has stopped.</summary>
    public RunManifest? Manifest { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder.Path);
        foreach (var log in logs)
        {
            log.Open();
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var log in logs)
        {
            await log.CompleteAsync().ConfigureAwait(false);
        }

        // In flight: what the engine held past the end, and what was sent on a link never read to its end (found in
        // the complete logs). The engine has stopped every reader, so no queue changes from here.
        IReadOnlyList<UndeliveredMessage> inFlight =
            [.. engine.InFlightAtEnd, .. StrandedMessages.Find(engine.UnreadLinks, logs, network.Undelivered.Dropped, timeline)];

        // The counts first: accounting for the messages left in the queues takes them out.
        Manifest = BuildManifest(inFlight);
        var leftInQueues = machines.SelectMany(m => m.Inbox.TakeRemaining().Select(message => new UndeliveredMessage(message, m.Id, UndeliveredReason.InQueueAtEnd)));
        UndeliveredCsv.Write(folder.Path, [.. network.Undelivered.Dropped, .. inFlight, .. leftInQueues], timeline);
        if (engine.Sync is { } sync)
        {
            SyncCsv.Write(folder.Path, sync.Adjustments);
        }

        AtomicFile.WriteAllText(Path.Combine(folder.Path, RunManifestJson.FileName), RunManifestJson.Serialize(Manifest));
    }

    private RunManifest BuildManifest(IReadOnlyList<UndeliveredMessage> inFlight)
    {
        var rows = machines.Select((m, i) => new MachineManifest
        {
            Id = m.Id,
            TickRate = m.Rate,
            PhaseMs = TickPhase.Milliseconds(m.PhaseNanoseconds),
            Port = m.Port,
            Ticks = m.Stats.Ticks,
            Sent = m.Stats.MessagesSent,
            SendEvents = m.Stats.SendEvents,
            SendAllEvents = m.Stats.SendAllEvents,
            Received = m.Stats.Received,
            Internal = m.Stats.Internal,
            LeftInQueue = m.Inbox.Count,
            DroppedByLoss = network.Undelivered.Count(m.Id, UndeliveredReason.Loss),
            DroppedByPartition = network.Undelivered.Count(m.Id, UndeliveredReason.Partition),
            InFlightAtEnd = inFlight.Count(u => u.Message.Sender == m.Id),
            ClockOffsetMs = ClockReading.Milliseconds(m.Clock.OffsetNs),
            ClockDriftPpm = m.Clock.DriftPpm,
            SyncRequests = engine.Sync?.Requests(m.Id) ?? 0,
            SyncAdjustments = engine.Sync?.Applied(m.Id) ?? 0,
            FinalClock = m.Stats.Clock,
            MaxJump = m.Stats.MaxJump,
            MaxQueue = m.Stats.MaxQueue,
            EventsFile = Path.GetFileName(logs[i].FilePath),
        }).ToArray();

        return new RunManifest
        {
            FormatVersion = FormatVersion,
            Options = plan.ResolvedOptions(),
            TickRatesDrawn = plan.RatesDrawn,
            Seed = plan.Seed,
            StartUtc = timeline.StartUtc,
            EndUtc = timeline.EndUtc,
            ElapsedSeconds = Math.Round(timeline.ElapsedSeconds, 6),
            WallSeconds = Math.Round(timeline.WallSeconds, 6),
            EndReason = (timeline.EndReason ?? EndReason.Interrupted) == EndReason.Completed ? "completed" : "interrupted",
            Machines = rows,
            InFlight = rows.Sum(r => r.Sent - r.DroppedByLoss - r.DroppedByPartition) - machines.Sum(m => m.Inbox.Arrived),
        };
    }
}
