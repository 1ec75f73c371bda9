using System.CommandLine;

namespace ClockSim.Cli;

/// <summary>
/// A verb of the command line: its command (name, arguments, options and the action that runs it), whether the
/// <c>--Simulation:Key=value</c> overrides mean anything to it, and what its help shows after the generated part.
/// </summary>
internal sealed record Verb(Command Command, bool ReadsSettings = false, Action<TextWriter>? MoreHelp = null);
