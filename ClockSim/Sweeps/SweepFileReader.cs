using System.Globalization;
using ClockSim.Application;
using ClockSim.Configuration;
using static System.FormattableString;
using Key = System.Collections.Generic.KeyValuePair<string, string?>;

namespace ClockSim.Sweeps;

/// <summary>
/// Reads a sweep file into settings keys and checks all of it before anything runs, with the settings' own checker:
/// the <c>Sweep</c> section against <see cref="SweepOptions"/>, each axis as a key of <c>Simulation</c> and each of its
/// values as that setting, the <c>Simulation</c> section as a run's, then every combination against the options' rules
/// (<see cref="SweepCombinations"/>). A sweep file stands alone: no other layer of settings touches it.
/// </summary>
internal static class SweepFileReader
{
    public const string SectionName = SweepOptions.SectionName;

    /// <summary>The most seeds one sweep may list or count.</summary>
    public const int MaxSeeds = 1_000_000;

    private const string AxesKey = SectionName + ":Axes";
    private const string SeedsKey = SectionName + ":Seeds";

    /// <summary>The settings a sweep decides itself, and why no axis or <c>Simulation</c> section may set them.</summary>
    public static readonly IReadOnlyList<(string Key, string Why)> Owned =
    [
        ("Seed", "the seeds are Sweep:Seeds"),
        ("Engine", "a sweep always runs on the Virtual engine"),
        ("OutputDirectory", "a sweep writes its results to results/<name>/ beside its file"),
    ];

    /// <summary>The one section a sweep's runs read.</summary>
    public static readonly IReadOnlyList<RootSection> SimulationRoot = [RootSection.For<SimulationOptions>(SimulationOptions.SectionName)];

    /// <summary>The sections of a sweep file.</summary>
    public static readonly IReadOnlyList<RootSection> Roots = [RootSection.For<SweepOptions>(SectionName), .. SimulationRoot];

    /// <summary>Every sweep file in <paramref name="folder"/> (not below it), by name.</summary>
    /// <exception cref="SettingsException">A file is not valid.</exception>
    public static IReadOnlyList<SweepFile> LoadAll(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load)];

    /// <exception cref="SettingsException">Every problem of the file, one sentence each.</exception>
    public static SweepFile Load(string path)
    {
        var label = DisplayPath.Of(path);
        IReadOnlyList<Key> keys;
        using (var document = JsonSettingsFile.Parse(path, label))
        {
            keys = JsonSettingsFile.Keys(document.RootElement, "", label);
        }

        var simulation = keys.Where(k => Covers(SimulationOptions.SectionName, k.Key)).ToArray();
        var sweep = keys.Where(k => !Covers(SimulationOptions.SectionName, k.Key)).ToArray();
        var seedList = sweep.Where(k => k.Key.Length > SeedsKey.Length && Covers(SeedsKey, k.Key) && IsIndex(k.Key[(SeedsKey.Length + 1)..].Split(':')[0])).ToArray();
        var checkedKeys = new LayeredSettings([SettingsLayer.Json(label, [.. sweep.Where(k => !Covers(AxesKey, k.Key) && !seedList.Contains(k) && !Is(k.Key, SeedsKey))])]);
        var problems = SettingsChecker.Check(checkedKeys, Roots).ToList();
        if (!sweep.Any(k => Covers(SectionName, k.Key)))
        {
            problems.Add($"{label} has no {SectionName} section; a sweep file gives at least {SeedsKey}, e.g. \"Seeds\": {{ \"First\": 1, \"Count\": 100 }}.");
            throw new SettingsException(problems);
        }

        var options = SettingsBinder.Sweep(checkedKeys);
        var seeds = Seeds(sweep.FirstOrDefault(k => Is(k.Key, SeedsKey)), seedList, options.Seeds, sweep.Any(k => Covers(SeedsKey, k.Key)), label, problems);
        var axes = Axes(new LayeredSettings([SettingsLayer.Json(label, sweep)]), sweep, label, problems);
        SweepCombinations.Check(label, simulation, problems);
        var name = Path.GetFileNameWithoutExtension(path);
        var file = new SweepFile(name, Path.GetFullPath(path), label, options.Title ?? name, options.Question ?? "", seeds ?? [], axes, options.ChartAgainst, [], 1);
        file = problems.Count == 0 ? file with { Combinations = SweepCombinations.Build(file, simulation, problems) } : file;
        file = problems.Count == 0 ? file with { Baseline = SweepBaseline.Find(options.Baseline, file, problems) } : file;
        return problems.Count > 0 ? throw new SettingsException(problems) : file;
    }

    /// <summary>Whether <paramref name="key"/> is <paramref name="section"/> or a key under it.</summary>
    public static bool Covers(string section, string key) => Is(section, key) || key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase);

    /// <param name="value">The key <c>Sweep:Seeds</c> itself, set when the seeds are one value or an empty list.</param>
    /// <param name="list">The entries of a list of seeds.</param>
    /// <param name="given">Whether the file has any key under <c>Sweep:Seeds</c>.</param>
    private static IReadOnlyList<int>? Seeds(Key value, IReadOnlyList<Key> list, SeedRangeOptions range, bool given, string label, List<string> problems)
    {
        if (value.Key is not null)
        {
            return Refuse(string.IsNullOrEmpty(value.Value) ? $"{SeedsKey} is empty ({label}); give at least one seed."
                : $"{SeedsKey} is {value.Value} ({label}); give a list of seeds, [1, 2, 3], or a range, {{ \"First\": 1, \"Count\": 100 }}.");
        }

        if (list.Count > 0)
        {
            var seeds = new List<int>();
            var seen = new HashSet<int>();
            foreach (var (key, text) in list)
            {
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
                {
                    problems.Add(Invariant($"{key} is {text ?? "null"} ({label}), which is not a whole number from {int.MinValue} to {int.MaxValue}."));
                }
                else if (!seen.Add(seed))
                {
                    problems.Add(Invariant($"{SeedsKey} lists {seed} twice ({label}); each seed runs once."));
                }
                else
                {
                    seeds.Add(seed);
                }
            }

            return seeds.Count > MaxSeeds ? Refuse(TooMany(label)) : seeds;
        }

        if (problems.Any(p => p.StartsWith(SeedsKey, StringComparison.Ordinal)))
        {
            return null;
        }

        return !given ? Refuse($"{label} gives no {SeedsKey}; list them, [1, 2, 3], or count them, {{ \"First\": 1, \"Count\": 100 }}.")
            : range.Count is not { } count ? Refuse($"{SeedsKey} gives no Count ({label}): how many seeds, from First.")
            : count < 1 ? Refuse(Invariant($"{SeedsKey}:Count is {count} ({label}); run at least one seed."))
            : count > MaxSeeds ? Refuse(TooMany(label))
            : (long)range.First + count - 1 > int.MaxValue ? Refuse(Invariant($"{SeedsKey} runs past the largest seed, {int.MaxValue} ({label}); start lower."))
            : [.. Enumerable.Range(0, count).Select(i => range.First + i)];

        IReadOnlyList<int>? Refuse(string problem)
        {
            problems.Add(problem);
            return null;
        }
    }

    /// <summary>
    /// The axes under <c>Sweep:Axes</c>, in the file's order: each key of <c>Simulation</c> given a list, every other key
    /// refused with the checker's own message and closest key. Each value is checked as that setting, alone.
    /// </summary>
    private static IReadOnlyList<SweepAxis> Axes(LayeredSettings settings, IReadOnlyList<Key> keys, string label, List<string> problems)
    {
        var axes = new List<SweepAxis>();
        var root = SimulationRoot[0].Shape!;
        var checker = new SettingsChecker(settings, 0, [new RootSection(AxesKey, root)], problems);
        var under = keys.Where(k => Covers(AxesKey, k.Key)).ToArray();
        if (under.FirstOrDefault(k => Is(k.Key, AxesKey)).Value is { } value)
        {
            problems.Add($"{AxesKey} is {(value.Length == 0 ? "[]" : value)} ({label}); give each setting it varies with a list of values, e.g. {{ \"Weights:Internal\": [7, 3] }}.");
        }

        Walk(AxesKey, "", root, under);
        return [.. axes.OrderBy(a => keys.Index().First(k => Covers(AxesKey + ":" + a.Key, k.Item.Key)).Index)];

        void Walk(string key, string axis, SettingShape shape, IReadOnlyList<Key> node)
        {
            var children = node.Where(k => k.Key.Length > key.Length).GroupBy(k => k.Key[(key.Length + 1)..].Split(':')[0], StringComparer.OrdinalIgnoreCase).ToArray();
            if (axis.Length > 0 && (children.Length == 0 || children.Any(c => IsIndex(c.Key))))
            {
                Axis(key, axis, node);
            }

            foreach (var child in children.Where(c => !IsIndex(c.Key)))
            {
                if (shape.Kind == ShapeKind.Section && shape.Find(child.Key) is { } property)
                {
                    Walk(key + ":" + child.Key, axis.Length == 0 ? property.Name : axis + ":" + property.Name, property.Shape, [.. child]);
                }
                else
                {
                    checker.Unknown(key + ":" + child.Key, AxesKey + (axis.Length == 0 ? "" : ":" + axis), [.. shape.Properties.Select(p => p.Name)]);
                }
            }
        }

        void Axis(string key, string axis, IReadOnlyList<Key> node)
        {
            var problem = node.FirstOrDefault(k => Is(k.Key, key)) is { Key: not null } one
                ? string.IsNullOrEmpty(one.Value) ? $"{key} is empty ({label}); give at least one value." : $"{key} is {one.Value} ({label}); give the list of values it takes, e.g. [1, 2]."
                : Owned.FirstOrDefault(o => Covers(o.Key, axis)) is { Why: { } why } ? $"{key} cannot be an axis ({label}): {why}."
                : axes.FirstOrDefault(a => Covers(a.Key, axis) || Covers(axis, a.Key)) is { } other ? $"{key} overlaps the axis {other.Key} ({label}); a setting can have one axis only."
                : null;
            if (problem is not null)
            {
                problems.Add(problem);
                return;
            }

            var values = new List<SweepAxisValue>();
            foreach (var entry in node.Where(k => k.Key.Length > key.Length).GroupBy(k => k.Key[(key.Length + 1)..].Split(':')[0]).Where(g => IsIndex(g.Key)).OrderBy(g => int.Parse(g.Key, CultureInfo.InvariantCulture)))
            {
                var prefix = key + ":" + entry.Key;
                var text = Text(entry, prefix);
                if (values.Any(v => v.Text == text))
                {
                    problems.Add($"{key} lists {text} twice ({label}); each value runs once.");
                    continue;
                }

                var source = $"{label}, axis {axis} = {text}";
                Key[] setting = [.. entry.Select(k => new Key(SimulationOptions.SectionName + ":" + axis + k.Key[prefix.Length..], k.Value))];
                problems.AddRange(SettingsChecker.Check(new LayeredSettings([SettingsLayer.Json(source, setting)]), SimulationRoot));
                var number = entry.Count() == 1 && double.TryParse(entry.First().Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null;
                values.Add(new SweepAxisValue(text, number, setting));
            }

            axes.Add(new SweepAxis(axis, values));
        }
    }

    /// <summary>A value as a person reads it, on one line: <c>3</c>, <c>[1, 6, 6]</c>, <c>{SendToOne: 2, Internal: 7}</c>; an empty list is an empty value.</summary>
    private static string Text(IEnumerable<Key> keys, string key)
    {
        var children = keys.Where(k => k.Key.Length > key.Length).GroupBy(k => k.Key[(key.Length + 1)..].Split(':')[0]).ToArray();
        return children.Length == 0 ? keys.Single().Value switch { null => "null", "" => "[]", var value => value }
            : children.All(c => IsIndex(c.Key)) ? "[" + string.Join(", ", children.Select(c => Text(c, key + ":" + c.Key))) + "]"
            : "{" + string.Join(", ", children.Select(c => $"{c.Key}: {Text(c, key + ":" + c.Key)}")) + "}";
    }

    private static string TooMany(string label) => Invariant($"{SeedsKey} asks for more than {MaxSeeds} seeds ({label}).");

    private static bool IsIndex(string segment) => SettingsChecker.IsIndex(segment, out _);

    private static bool Is(string name, string key) => string.Equals(name, key, StringComparison.OrdinalIgnoreCase);
}
