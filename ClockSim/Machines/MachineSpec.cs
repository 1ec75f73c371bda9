using ClockSim.Model;

namespace ClockSim.Machines;

/// <summary>What a machine is given to run: its id among <paramref name="MachineCount"/>, its tick rate and start phase, its action weights and its own random stream.</summary>
/// <param name="PhaseNanoseconds">Tick k falls this many nanoseconds plus k / <paramref name="Rate"/> seconds after the shared start.</param>
internal readonly record struct MachineSpec(int Id, int MachineCount, double Rate, long PhaseNanoseconds, ActionWeights Weights, SeededRandom Random);
