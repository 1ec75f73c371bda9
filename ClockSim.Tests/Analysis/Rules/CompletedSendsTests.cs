using ClockSim.Analysis.Rules;
using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Tests.Analysis.Rules;

/// <summary>The completed sends give back each row kept, whether kept by sequence under its sender or by its key.</summary>
public sealed class CompletedSendsTests
{
    private static readonly SentRow ToTwo = new(new FileLine("machine-1.csv", 3), EventKind.Send, MachineSet.Of(2));
    private static readonly SentRow ToAll = new(new FileLine("machine-1.csv", 7), EventKind.SendAll, MachineSet.AllBut(3, 1));

    [Fact]
    public void TryGet_GivesBackEachRowKept_WhetherItsSequenceIsDenseOrNot()
    {
        var sends = new CompletedSends(3);
        var kept = new Dictionary<MessageKey, SentRow>
        {
            [new MessageKey(1, 1)] = ToTwo,
            [new MessageKey(1, 2)] = ToAll,
            [new MessageKey(1, 1_000_000)] = ToTwo with { Where = new FileLine("machine-1.csv", 9) },
            [new MessageKey(1, 3)] = ToAll with { Where = new FileLine("machine-2.csv", 4) },
            [new MessageKey(7, 1)] = ToTwo with { Where = new FileLine("machine-3.csv", 5) },
            [new MessageKey(2, 0)] = ToTwo with { Where = new FileLine("machine-2.csv", 2) },
        };
        foreach (var (message, row) in kept)
        {
            sends.Add(message, row);
        }

        foreach (var (message, row) in kept)
        {
            Assert.True(sends.TryGet(message, out var got));
            Assert.Equal(row, got);
        }
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(1, 500)]
    [InlineData(2, 1)]
    [InlineData(9, 1)]
    [InlineData(1, -1)]
    public void TryGet_MessageNotKept_IsFalse(int sender, long sequence)
    {
        var sends = new CompletedSends(3);
        sends.Add(new MessageKey(1, 1), ToTwo);
        sends.Add(new MessageKey(1, 2), ToAll);
        sends.Add(new MessageKey(1, 3), ToTwo);

        Assert.False(sends.TryGet(new MessageKey(sender, sequence), out _));
    }
}
