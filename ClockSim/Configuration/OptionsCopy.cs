using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockSim.Configuration;

/// <summary>
/// A run's options in their JSON form (source-generated, every setting by its own name): the one way to copy them, so no
/// setting, today's or one added later, is left out of a copy or shared between two of them, and what <c>--dry-run</c> lists.
/// </summary>
internal static partial class OptionsCopy
{
    public static SimulationOptions Of(SimulationOptions options) =>
        JsonSerializer.Deserialize(Json(options), CopyContext.Default.SimulationOptions) ?? throw new InvalidOperationException("The options did not survive their copy.");

    public static byte[] Json(SimulationOptions options) => JsonSerializer.SerializeToUtf8Bytes(options, CopyContext.Default.SimulationOptions);

    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(SimulationOptions))]
    private sealed partial class CopyContext : JsonSerializerContext;
}
