using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockSim.Recording;

/// <summary>
/// How <c>run.json</c> is written and read: camelCase and indented, through source-generated code, so that
/// writing it at the end of a run compiles no serializer at run time (and costs the run no extra memory).
/// </summary>
internal static partial class RunManifestJson
{
    public const string FileName = "run.json";

    public static string Serialize(RunManifest manifest) => JsonSerializer.Serialize(manifest, ManifestContext.Default.RunManifest);

    public static RunManifest Read(string runFolder) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(runFolder, FileName)), ManifestContext.Default.RunManifest)
        ?? throw new InvalidDataException($"{Path.Combine(runFolder, FileName)} is empty.");

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, RespectNullableAnnotations = true)]
    [JsonSerializable(typeof(RunManifest))]
    private sealed partial class ManifestContext : JsonSerializerContext;
}
