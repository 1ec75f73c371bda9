using ClockSim.Clocks;
using ClockSim.Hosting;
using ClockSim.Recording;
using ClockSim.Run;
using ClockSim.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClockSim.Tests.Hosting;

/// <summary>
/// A fault of the program in the middle of a run: the run still ends in order and writes its files, the fault is there for
/// the run command to report in one line, and the host's own log (the stack trace) says nothing of it.
/// </summary>
public sealed class HostFaultsTests
{
    private const string HostReport = "BackgroundService failed";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFaultingEngine_StopsTheRun_WithItsFilesWritten_AndTheFaultFound(bool hostLogUnmuted)
    {
        var hostLog = new LogSignal(HostReport);
        using var harness = new SimulationHarness(
            services =>
            {
                var inner = services.Single(s => s.ServiceType == typeof(IRunEngine));
                services.Remove(inner);
                services.AddSingleton<IRunEngine>(sp => new FaultingEngine((IRunEngine)inner.ImplementationFactory!(sp)));
                services.AddLogging(logging =>
                {
                    logging.AddProvider(hostLog);
                    if (hostLogUnmuted)
                    {
                        // The control: with the host's category heard, the same fault is in its log, so the count below can fail.
                        logging.AddFilter(HostFaults.HostLogCategory, LogLevel.Trace);
                    }
                });
            },
            "--Simulation:Engine=Virtual", "--Simulation:DurationSeconds=1", "--Simulation:Seed=7");

        await harness.RunToEndAsync();

        var fault = Assert.IsType<InvalidOperationException>(HostFaults.First(harness.Host.Services));
        Assert.Equal(FaultingEngine.Message, fault.Message);
        Assert.True(File.Exists(Path.Combine(harness.Folder, RunManifestJson.FileName)));
        Assert.Equal(EndReason.Interrupted, harness.Timeline.EndReason);
        if (hostLogUnmuted)
        {
            Assert.True(hostLog.Count > 0);
        }
        else
        {
            Assert.Equal(0, hostLog.Count);
        }
    }

    [Fact]
    public async Task ARunWithoutFault_HasNone()
    {
        using var harness = new SimulationHarness("--Simulation:Engine=Virtual", "--Simulation:DurationSeconds=1", "--Simulation:Seed=7");

        await harness.RunToEndAsync();

        Assert.Null(HostFaults.First(harness.Host.Services));
    }

    [Fact]
    public async Task AServiceThatFailsToStart_StopsWhatStarted_SoTheRunFolderIsWhole_AndTheFaultIsReturned()
    {
        using var harness = new SimulationHarness(
            services =>
            {
                // After the recorder and the machines, which are listening by then; before the coordinator, so no tick runs.
                var coordinator = services.Single(s => s.ImplementationType == typeof(RunCoordinator));
                services.Insert(services.IndexOf(coordinator), ServiceDescriptor.Singleton<IHostedService, FailingStart>());
            },
            "--Simulation:Engine=Sockets", "--Simulation:Machines=3", "--Simulation:DurationSeconds=1", "--Simulation:Seed=7");

        var fault = await HostFaults.RunToEndAsync(harness.Host).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(FailingStart.Message, Assert.IsType<InvalidOperationException>(fault).Message);
        Assert.Empty(Directory.GetFiles(harness.Folder, "*" + AtomicFile.PartialSuffix));
        Assert.True(File.Exists(Path.Combine(harness.Folder, RunManifestJson.FileName)));
        var analysis = harness.Analyze();
        Assert.True(analysis.Verdict.IsValid);
        Assert.All(analysis.Machines, m => Assert.Equal(0, m.Counts.Ticks));
    }

    /// <summary>A service that throws as the host starts it.</summary>
    private sealed class FailingStart : IHostedService
    {
        public const string Message = "a start fault injected by the test";

        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException(Message);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The virtual engine, which throws when the run would start: a fault of the program, not of its input.</summary>
    private sealed class FaultingEngine(IRunEngine inner) : IRunEngine
    {
        public const string Message = "a fault injected by the test";

        public TimeProvider Clock => inner.Clock;

        public IReadOnlyList<UndeliveredMessage> InFlightAtEnd => inner.InFlightAtEnd;

        public IReadOnlyList<UnreadLink> UnreadLinks => inner.UnreadLinks;

        public CristianSync? Sync => inner.Sync;

        public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => inner.WaitUntilReadyAsync(cancellationToken);

        public Task<bool> RunAsync(long startTimestamp, TimeSpan duration, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Message);

        public Task EndAsync() => inner.EndAsync();
    }
}
