using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Model;
using ClockSim.Machines;
using ClockSim.Run;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ClockSim.Display;

/// <summary>
/// Shows the run while it goes: a live table on a terminal, a plain line every few seconds when the
/// output is redirected to a file. Registered last, so it stops first and its last frame stays on screen
/// above the summary.
/// </summary>
internal sealed class ProgressDisplay(
    IReadOnlyList<Machine> machines, RunPlan plan, RunTimeline timeline, IAnsiConsole console, TimeProvider time, LiveLog? liveLog = null)
    : BackgroundService
{
    private const int LogLinesShown = 5;

    /// <summary>
    /// How often the live table is drawn again. Each frame measures every character's width on the terminal, which costs
    /// a slow run more CPU than its ticks; once a second still shows every clock move.
    /// </summary>
    private static readonly TimeSpan LiveRefresh = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PlainRefresh = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        console.MarkupLine(Markup.Escape(Describe()));
        try
        {
            if (liveLog is not null)
            {
                liveLog.Hold();
                try
                {
                    await console.Live(Render()).StartAsync(async context =>
                    {
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            await Task.Delay(LiveRefresh, time, stoppingToken).ConfigureAwait(false);
                            context.UpdateTarget(Render());
                        }
                    }).ConfigureAwait(false);
                }
                finally
                {
                    liveLog.Release();
                }
            }
            else
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(PlainRefresh, time, stoppingToken).ConfigureAwait(false);
                    if (timeline.Started)
                    {
                        console.WriteLine(PlainLine());
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The run is over; the summary takes it from here.
        }
    }

    private string Describe()
    {
        var rates = plan.MachineCount <= MachineLabel.ListedOneByOne
            ? string.Join(", ", plan.TickRates.Select(r => r.ToString("0.###", CultureInfo.InvariantCulture))) + " per second"
            : MachineLabel.Rates(plan.TickRates);
        var engine = plan.Options.Engine == SimulationEngine.Virtual ? "virtual time" : "real time, loopback TCP";
        return string.Create(CultureInfo.InvariantCulture,
            $"ClockSim ({engine}): {plan.MachineCount} machines, {plan.Options.DurationSeconds:0.###} s, seed {plan.Seed}, tick rates {rates}{(plan.RatesDrawn ? " (drawn from the seed)" : "")}, {PhasesText()}.");
    }

    private string PhasesText() => plan.Options.Phases == StartPhases.Aligned
        ? "aligned start phases"
        : plan.MachineCount <= MachineLabel.ListedOneByOne
            ? "start phases " + string.Join(", ", plan.PhaseNanoseconds.Select(p => TickPhase.Milliseconds(p).ToString("0.#", CultureInfo.InvariantCulture))) + " ms (drawn from the seed)"
            : "start phases drawn from the seed (run.json lists them)";

    private string Header() => timeline.Started
        ? string.Create(CultureInfo.InvariantCulture,
            $"{timeline.ElapsedSeconds,6:0.0} s / {plan.Options.DurationSeconds:0.###} s{(plan.Options.Engine == SimulationEngine.Virtual ? " simulated" : "")}")
        : "connecting the mesh…";

    private IRenderable Render()
    {
        var table = MachineTable.Create(Header(), machines, Identity,
            Live("Ticks", s => s.Ticks), Live("Clock", s => s.Clock), Live("Queue", s => s.QueueLength), Live("Sent", s => s.MessagesSent), Live("Received", s => s.Received));

        var recent = liveLog?.Recent(LogLinesShown) ?? [];
        return recent.Count == 0 ? table : new Rows(table, new Text(string.Join('\n', recent)));
    }

    private string PlainLine() => $"[{Header()}] {MachineTable.Line(machines, Identity, Live("Clock", s => s.Clock), Live("Queue", s => s.QueueLength))}";

    private static (int, double) Identity(Machine machine) => (machine.Id, machine.Rate);

    private static MachineColumn<Machine> Live(string header, Func<MachineStats, long> figure) => MachineColumn<Machine>.Whole(header, m => figure(m.Stats));
}
