using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClockSim.Analysis.Rules;

namespace ClockSim.Analysis.Report.Json;

/// <summary>Writes <c>analysis.json</c>: camelCase, indented, enums by name, through source-generated code.</summary>
internal static partial class AnalysisJson
{
    public const string FileName = "analysis.json";

    public const string FormatVersion = "1";

    public static AnalysisDocument Document(RunAnalysis run)
    {
        var verdict = run.Verdict;
        return new AnalysisDocument(
            FormatVersion,
            Path.GetFileName(Path.TrimEndingDirectorySeparator(run.Folder)),
            run.Manifest.Engine,
            run.Manifest.Seed,
            run.Manifest.EndReason,
            run.Manifest.ElapsedSeconds,
            run.DurationSeconds,
            run.Manifest.Options.Weights,
            run.SendProbability,
            new VerdictDocument(
                verdict.IsValid,
                verdict.Count,
                verdict.Checked,
                [.. verdict.NotChecked],
                verdict.NotCheckedBecause,
                verdict.ViolationsByRule,
                [.. verdict.First.Select(v => new ViolationDocument(v.Rule, v.Where.File, v.Where.Line, v.Message))],
                verdict.LamportAgreesWithHappenedBefore),
            RunReading.Sentences(run),
            run.Machines,
            run.FinalClockGap,
            run.Network,
            new CausalityDocument(run.Causality is not null, run.CausalityUnavailableBecause, run.Causality),
            new ClocksDocument(run.Clocks is not null, run.ClocksUnavailableBecause, run.Clocks));
    }

    /// <summary>The generated contract, writing text as it is (an apostrophe as ', not \u0027): the file is read by people too.</summary>
    private static readonly JsonTypeInfo<AnalysisDocument> Contract = (JsonTypeInfo<AnalysisDocument>)
        new JsonSerializerOptions(AnalysisContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = AnalysisContext.Default }
            .GetTypeInfo(typeof(AnalysisDocument));

    public static string Serialize(RunAnalysis run) => JsonSerializer.Serialize(Document(run), Contract);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, Converters = [typeof(FiniteDoubleConverter)])]
    [JsonSerializable(typeof(AnalysisDocument))]
    [JsonSerializable(typeof(IReadOnlyDictionary<RuleKind, long>))]
    private sealed partial class AnalysisContext : JsonSerializerContext;
}
