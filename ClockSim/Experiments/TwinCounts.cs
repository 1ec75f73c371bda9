namespace ClockSim.Experiments;

/// <summary>How an experiment's committed runs sit among their virtual twin, over every figure its twin table shows.</summary>
/// <param name="Inside">Figures inside the middle 95 % of the virtual runs at the other seeds.</param>
/// <param name="Outside">Figures outside it.</param>
/// <param name="Degenerate">Figures whose range has no width at the precision shown: counted neither inside nor outside.</param>
/// <param name="SameSeedEqual">Figures equal to the virtual run of their own seed at the precision shown.</param>
/// <param name="SameSeedCompared">Figures that have a virtual run of their own seed to compare with.</param>
internal sealed record TwinCounts(int Inside, int Outside, int Degenerate, int SameSeedEqual, int SameSeedCompared);
