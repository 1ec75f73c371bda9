using ClockSim.Recording;

namespace ClockSim.Tests.Support;

/// <summary>A run folder as a test reads it back: the manifest and every machine's rows.</summary>
internal sealed record RunFolder(string Path, RunManifest Manifest, IReadOnlyDictionary<int, IReadOnlyList<EventRow>> Rows)
{
    public const string Header = "Machine,Tick,SystemTime,ElapsedMs,Event,LogicalClock,Jump,QueueLength,Peer,MessageId,MessageClock";

    public static RunFolder Load(string path)
    {
        var manifest = RunManifestJson.Read(path);
        var rows = manifest.Machines.ToDictionary(m => m.Id, m => ReadRows(System.IO.Path.Combine(path, m.EventsFile)));
        return new RunFolder(path, manifest, rows);
    }

    public static IReadOnlyList<EventRow> ReadRows(string csvPath) => [.. EventCsv.Read(csvPath)];
}
