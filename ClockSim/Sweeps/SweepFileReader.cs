using System.Text.Json;
using ClockSim.Configuration;
using static System.FormattableString;
using ClockSim.Application;

namespace ClockSim.Sweeps;

/// <summary>
/// Reads a sweep file and checks all of it before anything runs: the <c>Sweep</c> section (title, seeds, axes, baseline), the
/// <c>Simulation</c> section and every axis value against the options types, as the command line checks its settings,
/// then every combination against the options' own rules. Each mistake is one sentence naming the key, the axis and
/// the value; a key that is not a setting gets the closest one. A sweep file stands alone: appsettings.json, the
/// environment and the command line do not touch it, so the same file always asks for the same runs.
/// </summary>
internal static class SweepFileReader
{
    public const string SectionName = "Sweep";

    /// <summary>The most seeds one sweep may list or count.</summary>
    public const int MaxSeeds = 1_000_000;

    private static readonly string[] Sections = [SectionName, SimulationOptions.SectionName];
    private static readonly string[] SweepKeys = ["Title", "Question", "Seeds", "Axes", "ChartAgainst", "Baseline"];
    private static readonly string[] SeedRangeKeys = ["First", "Count"];
    private static readonly SettingShape ChartAxisShape = SettingShape.Of(typeof(SweepChartAxis));

    /// <summary>Every sweep file in <paramref name="folder"/> (not below it), by name.</summary>
    /// <exception cref="SettingsException">A file is not valid.</exception>
    public static IReadOnlyList<SweepFile> LoadAll(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <exception cref="SettingsException">Every problem of the file, one sentence each.</exception>
    public static SweepFile Load(string path)
    {
        var label = DisplayPath.Of(path);
        using var document = JsonSettingsFile.Parse(path, label);
        var problems = new List<string>();
        JsonElement? sweep = null;
        IReadOnlyList<KeyValuePair<string, string?>> simulation = [];
        foreach (var section in document.RootElement.EnumerateObject())
        {
            if (Is(section.Name, SectionName))
            {
                sweep = section.Value;
            }
            else if (Is(section.Name, SimulationOptions.SectionName))
            {
                simulation = JsonSettingsFile.Keys(section.Value, SimulationOptions.SectionName, shape: null, label);
            }
            else
            {
                problems.Add(SettingsChecker.UnknownKey(section.Name, label, ClosestMatch.Find(section.Name, Sections), $"settings are under {string.Join(", ", Sections)}."));
            }
        }

        if (sweep is not { ValueKind: JsonValueKind.Object } sweepSection)
        {
            problems.Add($"{label} has no {SectionName} section; a sweep file gives at least {SectionName}:Seeds, e.g. \"Seeds\": {{ \"First\": 1, \"Count\": 100 }}.");
            throw new SettingsException(problems);
        }

        var name = Path.GetFileNameWithoutExtension(path);
        string? title = null, question = null;
        IReadOnlyList<int>? seeds = null;
        IReadOnlyList<SweepAxis> axes = [];
        var chartAgainst = SweepChartAxis.Axis;
        JsonElement? baseline = null;
        foreach (var property in sweepSection.EnumerateObject())
        {
            var key = SweepKeys.FirstOrDefault(k => Is(property.Name, k));
            switch (key)
            {
                case "Title":
                    title = Text(property, label, problems);
                    break;
                case "Question":
                    question = Text(property, label, problems);
                    break;
                case "Seeds":
                    seeds = Seeds(property.Value, label, problems);
                    break;
                case "Axes":
                    axes = SweepAxes.Read(property.Value, label, problems);
                    break;
                case "ChartAgainst":
                    var text = Text(property, label, problems);
                    if (text is not null && SettingValue.TryParse(text, ChartAxisShape, out var parsed))
                    {
                        chartAgainst = (SweepChartAxis)parsed!;
                    }
                    else if (text is not null)
                    {
                        problems.Add($"{SectionName}:ChartAgainst is '{text}' ({label}), which is not {SettingValue.Describe(ChartAxisShape)}.");
                    }

                    break;
                case "Baseline":
                    baseline = property.Value;
                    break;
                default:
                    problems.Add(Unknown(SectionName, property.Name, SweepKeys, label));
                    break;
            }
        }

        if (seeds is null && !problems.Any(p => p.StartsWith($"{SectionName}:Seeds", StringComparison.Ordinal)))
        {
            problems.Add($"{label} gives no {SectionName}:Seeds; list them, [1, 2, 3], or count them, {{ \"First\": 1, \"Count\": 100 }}.");
        }

        SweepCombinations.Check(label, simulation, problems);
        var file = new SweepFile(name, Path.GetFullPath(path), label, title ?? name, question ?? "", seeds ?? [], axes, chartAgainst, [], 1);
        file = problems.Count == 0 ? file with { Combinations = SweepCombinations.Build(file, simulation, problems) } : file;
        file = problems.Count == 0 ? file with { Baseline = SweepBaseline.Find(baseline, file, problems) } : file;
        return problems.Count > 0 ? throw new SettingsException(problems) : file;
    }

    private static IReadOnlyList<int>? Seeds(JsonElement value, string label, List<string> problems)
    {
        var key = $"{SectionName}:Seeds";
        if (value.ValueKind == JsonValueKind.Array)
        {
            var seeds = new List<int>();
            var seen = new HashSet<int>();
            foreach (var (index, entry) in value.EnumerateArray().Index())
            {
                if (entry.ValueKind != JsonValueKind.Number || !entry.TryGetInt32(out var seed))
                {
                    problems.Add(Invariant($"{key}:{index} is {entry.GetRawText()} ({label}), which is not a whole number."));
                }
                else if (!seen.Add(seed))
                {
                    problems.Add(Invariant($"{key} lists {seed} twice ({label}); each seed runs once."));
                }
                else
                {
                    seeds.Add(seed);
                }
            }

            return value.GetArrayLength() == 0 ? Refuse($"{key} is empty ({label}); give at least one seed.")
                : seeds.Count > MaxSeeds ? Refuse(TooMany(key, label))
                : seeds;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return Refuse($"{key} is {value.GetRawText()} ({label}); give a list of seeds, [1, 2, 3], or a range, {{ \"First\": 1, \"Count\": 100 }}.");
        }

        long first = 1;
        long? count = null;
        foreach (var property in value.EnumerateObject())
        {
            var name = SeedRangeKeys.FirstOrDefault(k => Is(property.Name, k));
            if (name is null)
            {
                problems.Add(Unknown(key, property.Name, SeedRangeKeys, label));
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var number))
            {
                problems.Add($"{key}:{name} is {property.Value.GetRawText()} ({label}), which is not a whole number.");
            }
            else if (name == "First")
            {
                first = number;
            }
            else
            {
                count = number;
            }
        }

        if (count is null)
        {
            return problems.Any(p => p.StartsWith(key, StringComparison.Ordinal)) ? null : Refuse($"{key} gives no Count ({label}): how many seeds, from First.");
        }

        return count < 1 ? Refuse(Invariant($"{key}:Count is {count} ({label}); run at least one seed."))
            : count > MaxSeeds ? Refuse(TooMany(key, label))
            : first + count - 1 > int.MaxValue ? Refuse(Invariant($"{key} runs past the largest seed, {int.MaxValue} ({label}); start lower."))
            : [.. Enumerable.Range(0, (int)count.Value).Select(i => (int)(first + i))];

        IReadOnlyList<int>? Refuse(string problem)
        {
            problems.Add(problem);
            return null;
        }
    }

    private static string? Text(JsonProperty property, string label, List<string> problems)
    {
        if (property.Value.ValueKind == JsonValueKind.String)
        {
            return property.Value.GetString();
        }

        problems.Add($"{SectionName}:{property.Name} is {property.Value.GetRawText()} ({label}); write it as text, in quotes.");
        return null;
    }

    private static string TooMany(string key, string label) => Invariant($"{key} asks for more than {MaxSeeds} seeds ({label}).");

    /// <summary>A key of the section <paramref name="parent"/> that is not one of <paramref name="valid"/>, with the closest of them.</summary>
    private static string Unknown(string parent, string name, IReadOnlyList<string> valid, string label) =>
        SettingsChecker.UnknownKey($"{parent}:{name}", label, ClosestMatch.Find($"{parent}:{name}", [.. valid.Select(k => $"{parent}:{k}")]),
            $"the settings of {parent} are {string.Join(", ", valid)}.");

    private static bool Is(string name, string key) => string.Equals(name, key, StringComparison.OrdinalIgnoreCase);
}
