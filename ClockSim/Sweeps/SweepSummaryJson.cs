using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClockSim.Analysis.Report.Json;
using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Sweeps;

/// <summary><c>summary.json</c>: camelCase, indented, enums by name, a figure without a value as <c>null</c>; written and read back.</summary>
internal static partial class SweepSummaryJson
{
    public const string FileName = "summary.json";

    private static readonly JsonTypeInfo<SweepSummary> Contract = (JsonTypeInfo<SweepSummary>)
        new JsonSerializerOptions(SummaryContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = SummaryContext.Default }
            .GetTypeInfo(typeof(SweepSummary));

    public static void Write(string folder, SweepSummary summary) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(summary, Contract) + "\n");

    /// <exception cref="SettingsException">The file is missing or is not a sweep summary.</exception>
    public static SweepSummary Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), Contract)
                ?? throw new SettingsException($"{path} holds no sweep summary.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new SettingsException($"{path} cannot be read as a sweep summary: {e.Message}", e);
        }
    }

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, Converters = [typeof(FiniteDoubleConverter)])]
    [JsonSerializable(typeof(SweepSummary))]
    private sealed partial class SummaryContext : JsonSerializerContext;
}
