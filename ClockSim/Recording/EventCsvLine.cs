using ClockSim.Model;

namespace ClockSim.Recording;

/// <summary>One line of a machine's CSV as the reader hands it over: the event it records, or what kept it from parsing.</summary>
/// <param name="Line">The line in the file (the header is line 1); 0 when the file cannot be read past some point.</param>
/// <param name="Event">The event of the line; empty when <paramref name="Problem"/> is not null.</param>
/// <param name="Problem">Null when the line parsed; otherwise what is wrong.</param>
internal readonly record struct EventCsvLine(int Line, MachineEvent Event, string? Problem);
