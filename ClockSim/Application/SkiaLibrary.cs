using System.Reflection;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace ClockSim.Application;

/// <summary>
/// Chooses which build of Skia draws the charts. On Linux the program carries two: the one built against fontconfig
/// (<c>libSkiaSharp.so</c>), which needs <c>libfontconfig.so.1</c>, and one without dependencies
/// (<c>libSkiaSharp.nodeps.so</c>), which scans every font file on the machine before it draws a letter. The first is
/// loaded where it can be, the second where it cannot, so a machine without fontconfig still gets its charts.
/// </summary>
internal static class SkiaLibrary
{
    public const string LibraryName = "libSkiaSharp";
    public const string WithoutDependenciesFileName = "libSkiaSharp.nodeps.so";

    /// <summary>Must run once, before anything draws (the charts' first use does it): the runtime asks the resolver once, at the first call into Skia.</summary>
    public static void Choose()
    {
        if (OperatingSystem.IsLinux())
        {
            NativeLibrary.SetDllImportResolver(typeof(SKObject).Assembly, Resolve);
        }
    }

    /// <returns>The library's handle, or zero to let the runtime look for <paramref name="name"/> as it would without a resolver.</returns>
    public static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name != LibraryName ? IntPtr.Zero
        : NativeLibrary.TryLoad(name, assembly, searchPath, out var handle) ? handle
        : NativeLibrary.TryLoad(WithoutDependenciesPath(AppContext.BaseDirectory), out handle) ? handle
        : IntPtr.Zero;

    /// <summary>Where the build puts the library without dependencies, for this process's platform, below <paramref name="baseDirectory"/>.</summary>
    public static string WithoutDependenciesPath(string baseDirectory) =>
        Path.Combine(baseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", WithoutDependenciesFileName);
}
