using ClockSim.Model;
using ClockSim.Recording;

namespace ClockSim.Analysis.Rules;

/// <summary>What a violation names of a send: where its row is, its kind, and the machines it was addressed to.</summary>
internal readonly record struct SentRow(FileLine Where, EventKind Kind, MachineSet Recipients);
