using System.Globalization;
using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>
/// Builds every combination of a sweep's axes over its <c>Simulation</c> section and validates each with the options'
/// own rules, as a run's settings are validated. An axis value replaces the setting it names whole: a list or a section
/// also given in <c>Simulation</c> is not merged entry by entry. A rule broken in every combination that holds one axis
/// value is reported against that value; one broken only by values together, against the combination.
/// </summary>
internal static class SweepCombinations
{
    /// <summary>The most combinations one sweep may ask for.</summary>
    public const int MaxCombinations = 100_000;

    /// <summary>
    /// The most machines' figures one sweep may hold, summed over its runs: a sweep keeps every run's figures (about
    /// 400 bytes a machine) until its summary is written, so this bounds its memory to about 2 GB.
    /// </summary>
    public const long MaxMachineRuns = 5_000_000;

    private const string Prefix = SimulationOptions.SectionName + ":";

    /// <summary>Checks the file's <c>Simulation</c> section key by key, and that it leaves the sweep's own settings alone.</summary>
    /// <param name="simulation">The keys of the file's <c>Simulation</c> section.</param>
    public static void Check(string label, IReadOnlyList<KeyValuePair<string, string?>> simulation, List<string> problems)
    {
        problems.AddRange(SettingsChecker.Check(new LayeredSettings([SettingsLayer.Json(label, simulation)]), SweepFileReader.SimulationRoot));
        foreach (var (key, why) in SweepFileReader.Owned)
        {
            var set = simulation.FirstOrDefault(k => SweepFileReader.Covers(Prefix + key, k.Key));
            if (set.Key is not null && !IsVirtualEngine(key, set.Value))
            {
                problems.Add($"{set.Key} does not belong in a sweep file ({label}): {why}.");
            }
        }
    }

    /// <param name="simulation">The keys of the file's <c>Simulation</c> section, already checked by <see cref="Check"/>.</param>
    /// <returns>The combinations, first axis varying slowest; none when <paramref name="problems"/> gained any.</returns>
    public static IReadOnlyList<SweepCombination> Build(SweepFile file, IReadOnlyList<KeyValuePair<string, string?>> simulation, List<string> problems)
    {
        var count = file.Axes.Aggregate(1L, (n, axis) => n * axis.Values.Count);
        if (count > MaxCombinations)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file.Label} asks for {count} combinations of its axes; a sweep takes at most {MaxCombinations}."));
            return [];
        }

        var validator = new SimulationOptionsValidator(new OutputLocation(file.ResultsFolder));
        var unswept = SettingsLayer.Json(file.Label, [.. simulation.Where(k => !file.Axes.Any(a => SweepFileReader.Covers(Prefix + a.Key, k.Key)))]);
        var combinations = new List<SweepCombination>();
        var failures = new List<IReadOnlyList<string>>();
        foreach (var (index, values) in Product(file.Axes).Index())
        {
            IReadOnlyList<SettingsLayer> layers = [unswept, .. values.Select((v, i) => SettingsLayer.Json($"{file.Label}, axis {file.Axes[i].Key}", v.Keys))];
            var options = Bind(layers, file.ResultsFolder);
            combinations.Add(new SweepCombination(index + 1, values, options));
            failures.Add(validator.Failures(options));
        }

        var own = validator.Failures(Bind([SettingsLayer.Json(file.Label, simulation)], file.ResultsFolder));
        foreach (var (combination, broken) in combinations.Zip(failures))
        {
            foreach (var failure in broken)
            {
                var problem = $"{Where(file, combinations, failures, combination, failure, own)}: {failure}";
                if (!problems.Contains(problem))
                {
                    problems.Add(problem);
                }
            }
        }

        var machineRuns = combinations.Sum(c => (long)c.Options.Machines * file.Seeds.Count);
        if (problems.Count == 0 && machineRuns > MaxMachineRuns)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture,
                $"{file.Label} asks for {combinations.Count} combinations × {file.Seeds.Count} seeds, {machineRuns} machines' figures in all; a sweep keeps at most {MaxMachineRuns} (about 2 GB); split it into several sweeps."));
        }

        return problems.Count > 0 ? [] : combinations;
    }

    /// <summary>The options of one combination: the file's settings under the axis values, on the virtual engine, without a seed.</summary>
    private static SimulationOptions Bind(IReadOnlyList<SettingsLayer> layers, string resultsFolder)
    {
        var options = SettingsBinder.Simulation(new LayeredSettings(layers));
        (options.Engine, options.Seed, options.OutputDirectory) = (SimulationEngine.Virtual, null, resultsFolder);
        return options;
    }

    /// <summary>What a broken rule is blamed on: the file's own settings, one axis value, or the combination.</summary>
    private static string Where(SweepFile file, IReadOnlyList<SweepCombination> combinations, IReadOnlyList<IReadOnlyList<string>> failures,
        SweepCombination combination, string failure, IReadOnlyList<string> own)
    {
        bool FailsWherever(Func<SweepCombination, bool> holds) =>
            combinations.Zip(failures).Where(c => holds(c.First)).All(c => c.Second.Contains(failure));

        if (own.Contains(failure) && FailsWherever(_ => true))
        {
            return file.Label;
        }

        for (var axis = 0; axis < file.Axes.Count; axis++)
        {
            var value = combination.Values[axis];
            if (FailsWherever(c => c.Values[axis] == value))
            {
                return $"{file.Label}, axis {file.Axes[axis].Key} = {value.Text}";
            }
        }

        return $"{file.Label}, combination {combination.Label(file.Axes)}";
    }

    private static IEnumerable<IReadOnlyList<SweepAxisValue>> Product(IReadOnlyList<SweepAxis> axes) =>
        axes.Aggregate((IEnumerable<IReadOnlyList<SweepAxisValue>>)[[]], (product, axis) => product.SelectMany(prefix => axis.Values.Select(value => (IReadOnlyList<SweepAxisValue>)[.. prefix, value])));

    private static bool IsVirtualEngine(string key, string? value) =>
        key == nameof(SimulationOptions.Engine) && Enum.TryParse<SimulationEngine>(value, ignoreCase: true, out var engine) && engine == SimulationEngine.Virtual;
}
