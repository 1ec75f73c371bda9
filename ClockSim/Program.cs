using ClockSim.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);
