using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClockSim.Bench;

/// <summary>
/// The JSON of the bench's figures, between the processes and in <c>results.json</c>: camelCase, indented, a figure with
/// nothing to measure as <c>"NaN"</c>, each type's contract generated at build time.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(BenchReport))]
[JsonSerializable(typeof(ScenarioResult))]
[JsonSerializable(typeof(WholeProcessResult))]
[JsonSerializable(typeof(VirtualBenchResult))]
[JsonSerializable(typeof(SweepBenchResult))]
[JsonSerializable(typeof(LargeAnalysisResult))]
internal sealed partial class BenchJson : JsonSerializerContext;
