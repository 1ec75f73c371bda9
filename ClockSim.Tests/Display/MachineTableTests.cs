using System.Globalization;
using ClockSim.Display;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Display;

public sealed class MachineTableTests
{
    private static readonly MachineColumn<Row>[] Columns =
    [
        new("Clock", r => r.Clock, v => ((long)v).ToString(CultureInfo.InvariantCulture)),
        new("Drift", r => r.Drift, v => double.IsFinite(v) ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—"),
    ];

    [Fact]
    public void OneByOne_UpToTheLimit_IsEveryMachine()
    {
        var machines = Enumerable.Range(1, MachinesShown.MaxOneByOne).Select(i => (i, (double)(i % 5 + 1))).ToArray();

        Assert.Equal(machines.Select(m => m.i), MachinesShown.OneByOne(machines).Order());
    }

    [Fact]
    public void OneByOne_AboveTheLimit_IsTheSlowestTheMedianAndTheFastest_LowestIdAmongEquals()
    {
        // Rates 2, 3, 1, 2, 3, 1, …: M3 is the first at 1 tick/s and M2 the first at 3; sorted by rate and id, the median
        // (the 17th of 33) is the sixth machine at 2 ticks/s, M16.
        var machines = Enumerable.Range(1, MachinesShown.MaxOneByOne + 1).Select(i => (i, (double)(i % 3 + 1))).ToArray();

        var shown = MachinesShown.OneByOne(machines);

        Assert.Equal([2, 3, 16], shown.Order());
    }

    [Fact]
    public void Create_ManyMachines_ShowsTheChosenOnesAndTheOthersAsRanges()
    {
        var rows = Enumerable.Range(1, 40).Select(i => new Row(i, i == 40 ? 2 : 1, Clock: i, Drift: i == 7 ? double.NaN : -i / 2.0)).ToArray();
        var console = new TestConsole(TestConsole.Narrow);

        console.Console.Write(MachineTable.Create("Clocks", rows, r => (r.Id, r.Rate), Columns));

        console.AssertFits();
        var body = console.Lines.Where(l => l.StartsWith('│')).Select(Cells).ToArray();
        Assert.Equal(["M1 (1 tick/s)", "1", "-0.5"], body[1]);
        Assert.Equal(["M21 (1 tick/s)", "21", "-10.5"], body[2]);
        Assert.Equal(["M40 (2 ticks/s)", "40", "-20.0"], body[3]);
        // The other 37: clocks 2 to 39; a machine without a drift is left out of the range rather than shown as its lowest.
        Assert.Equal(["the other 37", "2 to 39", "-19.5 to -1.0"], body[4]);
        Assert.Equal(5, body.Length);
        Assert.Contains("the other 37: lowest to highest; summary.md lists every machine", string.Join(" ", console.Output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FewMachines_ShowsEveryOneWithoutARowOfRanges()
    {
        var rows = Enumerable.Range(1, 3).Select(i => new Row(i, i, Clock: 5, Drift: 0)).ToArray();
        var console = new TestConsole(TestConsole.Narrow);

        console.Console.Write(MachineTable.Create("Clocks", rows, r => (r.Id, r.Rate), Columns));

        Assert.Equal(4, console.Lines.Count(l => l.StartsWith('│')));
        Assert.DoesNotContain("the other", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_ManyMachines_NamesTheChosenOnesAndARangeForTheOthers_OneFigureWhereAllAgree()
    {
        var rows = Enumerable.Range(1, 40).Select(i => new Row(i, 1, Clock: 9, Drift: -i)).ToArray();

        var line = MachineTable.Line(rows, r => (r.Id, r.Rate), Columns);

        Assert.Equal("M1 clock 9 drift -1.0 | M21 clock 9 drift -21.0 | the other 38: clock 9 drift -40.0 to -2.0", line);
    }

    private static string[] Cells(string line) => [.. line.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0)];

    private sealed record Row(int Id, double Rate, long Clock, double Drift);
}
