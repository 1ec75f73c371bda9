using System.Globalization;

namespace ClockSim.Recording;

/// <summary>
/// A place in a run folder as every message of the analysis names it: <c>machine-3.csv line 57</c> (the header is
/// line 1), or the file alone when no line applies (<c>run.json</c>). Kept as a value and turned into text only when
/// shown, so a valid million-row run pays for no location strings.
/// </summary>
internal readonly record struct FileLine(string File, int Line = 0)
{
    public override string ToString() => Line > 0 ? File + " line " + Line.ToString(CultureInfo.InvariantCulture) : File;
}
