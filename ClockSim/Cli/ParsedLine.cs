using System.CommandLine;

namespace ClockSim.Cli;

/// <summary>A command line after parsing: the parse result and its first mistake, if any (none when help is asked for).</summary>
internal sealed record ParsedLine(ParseResult Result, string? Mistake);
