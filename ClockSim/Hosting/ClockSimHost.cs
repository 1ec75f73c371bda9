using ClockSim.Configuration;
using ClockSim.Display;
using ClockSim.Engines.Sockets;
using ClockSim.Engines.Virtual;
using ClockSim.Recording;
using ClockSim.Run;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace ClockSim.Hosting;

/// <summary>
/// Wires a simulation: the options (checked, bound and validated once, by <see cref="InvocationSettings"/>) and the
/// hosted services in the order that makes shutdown orderly.
/// </summary>
internal static class ClockSimHost
{
    /// <param name="args">Configuration overrides such as <c>--Simulation:DurationSeconds=120</c>.</param>
    /// <param name="contentRoot">The folder of <c>appsettings.json</c>; relative output paths start there.</param>
    /// <param name="experimentFile">A settings file layered over appsettings.json, under the command line.</param>
    /// <param name="showProgress">Whether to show the live progress display.</param>
    /// <exception cref="SettingsException">A key is not a setting, a value does not convert, or a rule is broken.</exception>
    public static HostApplicationBuilder CreateBuilder(string[] args, string contentRoot, string? experimentFile, bool showProgress) =>
        CreateBuilder(InvocationSettings.Create(contentRoot, experimentFile is null ? null : Path.GetFullPath(experimentFile), args), showProgress);

    /// <exception cref="SettingsException">A key is not a setting, a value does not convert, or a rule is broken.</exception>
    public static HostApplicationBuilder CreateBuilder(InvocationSettings settings, bool showProgress)
    {
        var simulation = settings.ValidSimulation();

        // The settings are read once, by InvocationSettings: no default sources (and no file watcher thread) here.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = settings.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(settings.Layers.Configuration);

        // The live table and the console logger cannot share a terminal: with the table on, logs go through it.
        var liveLog = showProgress && AnsiConsole.Profile.Capabilities.Interactive ? new LiveLog(Console.Error) : null;
        ConfigureLogging(builder.Logging, builder.Configuration, liveLog);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        AddSimulation(builder.Services, settings, simulation, showProgress);
        return builder;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, IConfiguration configuration, LiveLog? liveLog)
    {
        logging.ClearProviders();
        logging.AddConfiguration(configuration.GetSection("Logging"));

        // A service that faults is reported by the run command, in one line with its details in the run folder.
        logging.AddFilter(HostFaults.HostLogCategory, LogLevel.None);
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

    /// <param name="simulation">The validated options: they choose the engine and the number of machine services.</param>
    private static void AddSimulation(IServiceCollection services, InvocationSettings settings, SimulationOptions simulation, bool showProgress)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(settings.Output);
        services.AddSingleton(Options.Create(simulation));

        services.AddSingleton(sp => RunPlan.Create(sp.GetRequiredService<IOptions<SimulationOptions>>().Value));
        var sockets = simulation.Engine == SimulationEngine.Sockets ? SocketEngine.Sockets(simulation.Machines) : 0;
        services.AddSingleton(sp => RunFolder.Create(sp.GetRequiredService<RunPlan>(), sp.GetRequiredService<OutputLocation>(), sp.GetRequiredService<TimeProvider>(), sockets));
        services.AddSingleton<RunRecorder>();

        // Hosted services stop in reverse order: the recorder stops last, after every machine has stopped;
        // the coordinator stops before the machines, so it can wind them down.
        services.AddHostedService(sp => sp.GetRequiredService<RunRecorder>());
        if (simulation.Engine == SimulationEngine.Virtual)
        {
            services.AddVirtualEngine();
        }
        else
        {
            services.AddSocketEngine(simulation.Machines);
        }

        services.AddHostedService<RunCoordinator>();
        if (showProgress)
        {
            services.AddSingleton(AnsiConsole.Console);
            services.AddHostedService<ProgressDisplay>();
        }
    }
}
