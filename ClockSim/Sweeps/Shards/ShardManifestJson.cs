using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Sweeps.Shards;

/// <summary>A shard's <c>shard.json</c>: camelCase and indented, as the other JSON files the program writes; written and read back.</summary>
internal static partial class ShardManifestJson
{
    public const string FileName = "shard.json";

    /// <summary>The contract, writing a version's <c>+</c> as itself rather than <c>\u002B</c>, as <c>summary.json</c> does.</summary>
    private static readonly JsonTypeInfo<ShardManifest> Contract = (JsonTypeInfo<ShardManifest>)
        new JsonSerializerOptions(ShardContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = ShardContext.Default }
            .GetTypeInfo(typeof(ShardManifest));

    public static void Write(string folder, ShardManifest manifest) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(manifest, Contract) + "\n");

    /// <exception cref="SettingsException">The file is missing or is not a shard's manifest.</exception>
    public static ShardManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), Contract)
                ?? throw new SettingsException($"{path} holds no shard manifest.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new SettingsException($"{path} cannot be read as a shard manifest: {e.Message}", e);
        }
    }

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, RespectRequiredConstructorParameters = true)]
    [JsonSerializable(typeof(ShardManifest))]
    private sealed partial class ShardContext : JsonSerializerContext;
}
