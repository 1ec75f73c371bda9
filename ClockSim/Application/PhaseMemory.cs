namespace ClockSim.Application;

/// <summary>
/// Gives a finished phase's memory back before the next phase allocates on top of it: the run's before its analysis, the
/// analysis pass's before the files are written. The runtime collects its oldest generation only now and then, so without
/// this the process peaks at the sum of its phases' garbage rather than at the largest phase. One full, compacting
/// collection, then the native heaps' free pages.
/// </summary>
internal static class PhaseMemory
{
    public static void Release()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
    }
}
