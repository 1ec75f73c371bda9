using System.Runtime.InteropServices;

namespace ClockSim.Application;

/// <summary>
/// The C library's heap, where the runtime, the JIT compiler and the chart renderer (Skia) allocate. Only the
/// GNU C library on Linux has these calls; elsewhere every method here does nothing.
/// </summary>
internal static partial class NativeHeap
{
    private const int MmapThresholdOption = -3;
    private const int LargeBlockBytes = 128 * 1024;

    /// <summary>
    /// Gives every block of 128 KB or more its own mapping, returned to the system when it is freed. By default the
    /// library raises that threshold to the largest block freed so far, so after the first chart every 2 MB chart
    /// image stays in the heap, where a smaller block left on top keeps it from being returned.
    /// </summary>
    public static void ReturnLargeBlocks() => Call(() => Mallopt(MmapThresholdOption, LargeBlockBytes));

    /// <summary>Hands the heaps' free pages back to the system, e.g. those the run used before the analysis starts.</summary>
    public static void Trim() => Call(() => MallocTrim(0));

    private static void Call(Func<int> call)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            call();
        }
        catch (EntryPointNotFoundException)
        {
            // A C library other than glibc (musl): it keeps its own policy.
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int option, int value);

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
