using ClockSim.Configuration;
using ClockSim.Display;
using ClockSim.Machines;
using ClockSim.Network;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ClockSim.Cli;

/// <summary>
/// Wires a simulation: configuration (appsettings.json, an optional experiment file, then the command
/// line), validated options, and the hosted services in the order that makes shutdown orderly.
/// </summary>
internal static class ClockSimHost
{
    /// <param name="args">Configuration overrides such as <c>--Simulation:DurationSeconds=120</c>.</param>
    /// <param name="contentRoot">The folder of <c>appsettings.json</c>; relative output paths start there.</param>
    /// <param name="experimentFile">An appsettings-style file layered over appsettings.json, under the command line.</param>
    /// <param name="showProgress">Whether to show the live progress display.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, string contentRoot, string? experimentFile, bool showProgress)
    {
        // A run reads its configuration once: watching the files for changes would cost a watcher thread for nothing
        // (and it watched the whole content root, runs included). The key needs a source: set on a manager that has
        // none, it was dropped.
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = contentRoot,
            Configuration = configuration,
        });

        if (experimentFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(experimentFile), optional: false, reloadOnChange: false);
            builder.Configuration.AddCommandLine(args);
        }

        // The live table and the console logger cannot share a terminal: with the table on, logs go through it.
        var liveLog = showProgress && AnsiConsole.Profile.Capabilities.Interactive ? new LiveLog(Console.Error) : null;
        ConfigureLogging(builder.Logging, liveLog);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        AddSimulation(builder.Services, builder.Configuration, contentRoot, showProgress);
        return builder;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, LiveLog? liveLog)
    {
        logging.ClearProviders();
        if (liveLog is not null)
        {
            logging.Services.AddSingleton(liveLog);
            logging.Services.AddSingleton<ILoggerProvider>(sp => new LiveLogProvider(liveLog, sp.GetRequiredService<TimeProvider>()));
            return;
        }

        logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // Diagnostics go to stderr: stdout carries the progress and the summary, and stays clean when redirected.
        logging.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    private static void AddSimulation(IServiceCollection services, IConfiguration configuration, string contentRoot, bool showProgress)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new OutputLocation(contentRoot));
        services.AddOptions<SimulationOptions>()
            .BindConfiguration(SimulationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulationOptions>, SimulationOptionsValidator>();

        services.AddSingleton(sp => RunPlan.Create(
            sp.GetRequiredService<IOptions<SimulationOptions>>().Value,
            sp.GetRequiredService<OutputLocation>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RunTimeline>();
        services.AddSingleton(sp => new LatencyHistogram(sp.GetRequiredService<TimeProvider>().TimestampFrequency));
        services.AddSingleton(sp => new PeerDirectory(sp.GetRequiredService<RunPlan>().MachineCount));
        services.AddSingleton(sp => new TickClock(sp.GetRequiredService<TimeProvider>(), new ThreadTickWaiter()));
        services.AddSingleton<IReadOnlyList<Machine>>(CreateMachines);
        services.AddSingleton<RunRecorder>();

        // Hosted services stop in reverse order: the recorder stops last, after every machine has stopped;
        // the coordinator stops before the machines, so it can wind them down.
        services.AddHostedService(sp => sp.GetRequiredService<RunRecorder>());
        var machineCount = Math.Clamp(
            configuration.GetValue($"{SimulationOptions.SectionName}:{nameof(SimulationOptions.Machines)}", 3), 0, SimulationOptions.MaxMachines);
        for (var index = 0; index < machineCount; index++)
        {
            var machineIndex = index;
            services.AddSingleton<IHostedService>(sp => new MachineService(sp.GetRequiredService<IReadOnlyList<Machine>>()[machineIndex]));
        }

        services.AddHostedService<RunCoordinator>();
        if (showProgress)
        {
            services.AddSingleton(AnsiConsole.Console);
            services.AddHostedService<ProgressDisplay>();
        }
    }

    private static Machine[] CreateMachines(IServiceProvider services)
    {
        var plan = services.GetRequiredService<RunPlan>();
        var directory = services.GetRequiredService<PeerDirectory>();
        var timeline = services.GetRequiredService<RunTimeline>();
        var time = services.GetRequiredService<TimeProvider>();
        var latency = services.GetRequiredService<LatencyHistogram>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<Machine>();
        return [.. Enumerable.Range(1, plan.MachineCount).Select(id => new Machine(id, plan, directory, timeline, time, latency, logger))];
    }
}
