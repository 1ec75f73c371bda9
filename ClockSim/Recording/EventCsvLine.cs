namespace ClockSim.Recording;

/// <summary>One line of a machine's CSV as the reader hands it over: the row, or what kept it from parsing.</summary>
/// <param name="Line">The line in the file (the header is line 1); 0 when the file cannot be read past some point.</param>
/// <param name="Problem">Null when <paramref name="Row"/> parsed; otherwise what is wrong, and <paramref name="Row"/> is empty.</param>
internal readonly record struct EventCsvLine(int Line, AnalysisRow Row, string? Problem);
