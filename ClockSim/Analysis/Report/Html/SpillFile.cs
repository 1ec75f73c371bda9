using Microsoft.Win32.SafeHandles;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// A scratch file for text that grows with the run but is read only once, at the end: the report's columns hand it
/// their full chunks, so what they keep in memory grows with the machines, not with the events. The file is made on
/// the first write, in the temporary folder, and no name of it outlives the process (on Unix it is unlinked at once).
/// </summary>
internal sealed class SpillFile : IDisposable
{
    private SafeFileHandle? _handle;
    private long _length;

    /// <summary>Appends <paramref name="bytes"/> and returns where they start.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var handle = _handle ??= Open();
        var at = _length;
        RandomAccess.Write(handle, bytes, at);
        _length += bytes.Length;
        return at;
    }

    /// <summary>Reads back <paramref name="into"/>'s length of bytes from <paramref name="offset"/>, which <see cref="Append"/> gave.</summary>
    public void Read(long offset, Span<byte> into)
    {
        var handle = _handle ?? throw new InvalidOperationException("Nothing was written to the spill file.");
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(handle, into, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("The spill file ended before the text written to it.");
            }

            into = into[read..];
            offset += read;
        }
    }

    public void Dispose() => _handle?.Dispose();

    private static SafeFileHandle Open()
    {
        var path = Path.Combine(Path.GetTempPath(), $"clocksim-{Guid.NewGuid():N}.tmp");
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }

        return handle;
    }
}
