using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockSim.Recording;

/// <summary>How <c>run.json</c> is written and read: camelCase, indented, enums as text.</summary>
internal static class RunManifestJson
{
    public const string FileName = "run.json";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(RunManifest manifest) => JsonSerializer.Serialize(manifest, Options);

    public static RunManifest Read(string runFolder) =>
        JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(Path.Combine(runFolder, FileName)), Options)
        ?? throw new InvalidDataException($"{Path.Combine(runFolder, FileName)} is empty.");
}
