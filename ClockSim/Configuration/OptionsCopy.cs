using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockSim.Configuration;

/// <summary>
/// The one way to copy a run's options: a deep copy through their JSON form (source-generated), so no setting, today's
/// or one added later, is left out of a copy or shared between two of them.
/// </summary>
internal static partial class OptionsCopy
{
    public static SimulationOptions Of(SimulationOptions options) =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(options, CopyContext.Default.SimulationOptions), CopyContext.Default.SimulationOptions)
        ?? throw new InvalidOperationException("The options did not survive their copy.");

    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
    [JsonSerializable(typeof(SimulationOptions))]
    private sealed partial class CopyContext : JsonSerializerContext;
}
