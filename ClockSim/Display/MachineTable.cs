using System.Globalization;
using Spectre.Console;

namespace ClockSim.Display;

/// <summary>A figure column of a machine table: its header, a machine's figure, and how a figure is written.</summary>
internal sealed record MachineColumn<T>(string Header, Func<T, double> Value, Func<double, string> Format)
{
    /// <summary>A column of whole numbers, written with the invariant culture.</summary>
    public static MachineColumn<T> Whole(string header, Func<T, long> value) =>
        new(header, m => value(m), v => ((long)v).ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// A console table with a row per machine, as <see cref="MachinesShown"/> chooses them: every machine of a small run;
/// above <see cref="MachinesShown.MaxOneByOne"/> machines, the slowest, the median and the fastest, then one row for the
/// others with each figure's range, lowest to highest, so a run of a thousand machines still fits on a screen.
/// </summary>
internal static class MachineTable
{
    public static Table Create<T>(string title, IReadOnlyList<T> machines, Func<T, (int Id, double TickRate)> identity, params MachineColumn<T>[] columns)
    {
        var table = TableText.Create(title, ["Machine", .. columns.Select(c => c.Header)]);
        var (oneByOne, others) = Split(machines, identity);
        foreach (var machine in oneByOne)
        {
            var (id, rate) = identity(machine);
            TableText.AddRow(table, [MachineLabel.Of(id, rate), .. columns.Select(c => c.Format(c.Value(machine)))]);
        }

        if (others.Length > 0)
        {
            TableText.AddRow(table, [OthersLabel(others.Length), .. columns.Select(c => Range(c, others))]);
            table.Caption(Markup.Escape(Caption(others.Length)));
        }

        return table;
    }

    /// <summary>The one-line form of the same choice, for a log line: <c>M1 clock 5 queue 0 | … | the other 997: clock 3 to 9 queue 0 to 2</c>.</summary>
    public static string Line<T>(IReadOnlyList<T> machines, Func<T, (int Id, double TickRate)> identity, params MachineColumn<T>[] columns)
    {
        var (oneByOne, others) = Split(machines, identity);
        var parts = oneByOne.Select(m => $"M{identity(m).Id.ToString(CultureInfo.InvariantCulture)} {Figures(columns, c => c.Format(c.Value(m)))}").ToList();
        if (others.Length > 0)
        {
            parts.Add($"{OthersLabel(others.Length)}: {Figures(columns, c => Range(c, others))}");
        }

        return string.Join(" | ", parts);
    }

    /// <summary>The machines shown one by one and the others, each in machine order.</summary>
    private static (T[] OneByOne, T[] Others) Split<T>(IReadOnlyList<T> machines, Func<T, (int Id, double TickRate)> identity)
    {
        var shown = MachinesShown.OneByOne([.. machines.Select(identity)]);
        return ([.. machines.Where(m => shown.Contains(identity(m).Id))], [.. machines.Where(m => !shown.Contains(identity(m).Id))]);
    }

    private static string Figures<T>(IEnumerable<MachineColumn<T>> columns, Func<MachineColumn<T>, string> text) =>
        string.Join(" ", columns.Select(c => c.Header.ToLowerInvariant() + " " + text(c)));

    private static string OthersLabel(int count) => string.Create(CultureInfo.InvariantCulture, $"the other {count}");

    private static string Caption(int others) => string.Create(CultureInfo.InvariantCulture,
        $"the other {others}: lowest to highest; summary.md lists every machine");

    /// <summary>The lowest and highest figure of <paramref name="machines"/> as written, or one figure when both read the same.</summary>
    private static string Range<T>(MachineColumn<T> column, IReadOnlyList<T> machines)
    {
        double[] values = [.. machines.Select(column.Value).Where(double.IsFinite)];
        if (values.Length == 0)
        {
            return column.Format(double.NaN);
        }

        var (lowest, highest) = (column.Format(values.Min()), column.Format(values.Max()));
        return lowest == highest ? lowest : lowest + " to " + highest;
    }
}
