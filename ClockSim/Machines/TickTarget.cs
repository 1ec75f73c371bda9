using System.Threading.Channels;

namespace ClockSim.Machines;

/// <summary>A machine as the tick clock sees it: its rate, and where to post the number of each tick that falls due.</summary>
internal sealed record TickTarget(double Rate, ChannelWriter<long> Ticks);
