using System.Globalization;
using System.Text.RegularExpressions;
using ClockSim.Configuration;
using ClockSim.Recording;
using static System.FormattableString;
using ClockSim.Application;

namespace ClockSim.Sweeps.Shards;

/// <summary>
/// Reads a sweep's shards for a merge and checks that together they are the whole sweep: every shard of 1 to N is
/// there, all of the same N, from the same sweep file (by its SHA-256) and the same program version, none interrupted,
/// and each holds exactly the runs of its slice, so no run is missing and none is there twice. The first thing wrong is
/// refused in one sentence that names the shard.
/// </summary>
internal static partial class ShardSet
{
    /// <returns>Every run of the sweep, in the sweep's order, as the shards recorded them, and how many shards they came from.</returns>
    /// <exception cref="SettingsException">The shards are not the whole sweep, or one cannot be read.</exception>
    public static (IReadOnlyList<SweepRunResult> Runs, int Shards) Read(SweepFile file, string root, string currentDirectory)
    {
        var shown = DisplayPath.Of(root, currentDirectory) + Path.DirectorySeparatorChar;
        var label = DisplayPath.Of(file.FilePath, currentDirectory);
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Select(name => ShardName().Match(name)).Where(m => m.Success)
                .Select(m => (Name: m.Value, K: Number(m.Groups["k"].Value), N: Number(m.Groups["n"].Value))).OrderBy(s => s.N).ThenBy(s => s.K).ToArray()
            : [];
        if (found.Length == 0)
        {
            throw new SettingsException($"there are no shards of {label} in {shown}; run sweep {label} --shard K/N for each K first.");
        }

        if (found.Select(s => s.N).Distinct().Count() > 1)
        {
            throw new SettingsException(Invariant($"the shards in {shown} are of different N ({string.Join(", ", found.GroupBy(s => s.N).Select(g => g.First().Name))}); keep the shards of one N."));
        }

        var n = found[0].N;
        if (found.FirstOrDefault(s => s.K < 1 || s.K > n) is { Name: not null } stray)
        {
            throw new SettingsException(Invariant($"{shown}{stray.Name} is not a shard of {n}: shards count from 1 to {n}."));
        }

        var hash = ShardManifest.HashOf(file);
        var results = new SweepRunResult?[file.RunCount];
        for (var k = 1; k <= n; k++)
        {
            var slice = new SweepSlice(k, n);
            var folder = ShardFolders.Of(root, slice);
            if (!Directory.Exists(folder))
            {
                throw new SettingsException(Directory.Exists(StagedFolder.InterruptedFolderOf(folder))
                    ? Invariant($"shard {k} of {n} was interrupted ({shown}{slice.Name}.interrupted); run it again: sweep {label} --shard {k}/{n}.")
                    : Invariant($"shard {k} of {n} is missing: there is no {shown}{slice.Name}; run sweep {label} --shard {k}/{n}."));
            }

            Check(ShardManifestJson.Read(folder), slice, file, label, hash);
            Place(slice, Rows(folder, slice, file), file, label, results);
        }

        return ([.. results.OfType<SweepRunResult>()], n);
    }

    private static void Check(ShardManifest manifest, SweepSlice slice, SweepFile file, string label, string hash)
    {
        var shard = Invariant($"shard {slice.K} of {slice.N}");
        var expected = ShardRunNumbers.Of(slice, file.RunCount);
        var problem =
            (manifest.Shard, manifest.Shards) != (slice.K, slice.N) ? Invariant($"its {ShardManifestJson.FileName} says it is shard {manifest.Shard} of {manifest.Shards}")
            : manifest.Interrupted ? Invariant($"was interrupted: {manifest.Finished} of {manifest.RunNumbers.Count} runs finished; run it again: sweep {label} --shard {slice.K}/{slice.N}")
            : manifest.SweepFileSha256 != hash ? $"is of another sweep file: it ran a file of SHA-256 {Short(manifest.SweepFileSha256)}…, and {label} is now {Short(hash)}…; run every shard of the file as it is"
            : manifest.ProgramVersion != ProgramVersion.Text ? $"was run by ClockSim {manifest.ProgramVersion}, and this is {ProgramVersion.Text}; run every shard, and the merge, with one version"
            : manifest.Runs != file.RunCount || manifest.RunNumbers != expected ? Invariant($"holds runs {Describe(manifest.RunNumbers)} of {manifest.Runs}, where the slice is runs {Describe(expected)} of {file.RunCount}")
            : manifest.Finished != expected.Count ? Invariant($"finished {manifest.Finished} of its {expected.Count} runs")
            : null;
        if (problem is not null)
        {
            throw new SettingsException($"{shard} {problem}.");
        }
    }

    private static IReadOnlyList<SweepRunResult> Rows(string folder, SweepSlice slice, SweepFile file)
    {
        try
        {
            return RunsCsv.ReadResults(Path.Combine(folder, RunsCsv.FileName), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new SettingsException(Invariant($"shard {slice.K} of {slice.N} cannot be read: {e.Message}"), e);
        }
    }

    /// <summary>Puts each of the shard's runs in its place in the sweep, refusing a run of another shard, a run twice, and a run missing.</summary>
    private static void Place(SweepSlice slice, IReadOnlyList<SweepRunResult> runs, SweepFile file, string label, SweepRunResult?[] results)
    {
        var positions = file.Seeds.Index().ToDictionary(s => s.Item, s => s.Index);
        var shard = Invariant($"shard {slice.K} of {slice.N}");
        foreach (var run in runs)
        {
            if (!positions.TryGetValue(run.Seed, out var position))
            {
                throw new SettingsException(Invariant($"{shard} holds a run of seed {run.Seed}, which {label} does not run."));
            }

            var index = ((run.Combination - 1) * file.Seeds.Count) + position;
            var owner = SweepSlice.ShardOf(index, slice.N);
            if (owner != slice.K)
            {
                throw new SettingsException(Invariant($"{shard} holds {Run(index, run)}, which is shard {owner}'s: the shards overlap."));
            }

            if (results[index] is not null)
            {
                throw new SettingsException(Invariant($"{shard} holds {Run(index, run)} twice."));
            }

            results[index] = run;
        }

        if (slice.Indices(file.RunCount).FirstOrDefault(i => results[i] is null, -1) is var missing and >= 0)
        {
            throw new SettingsException(Invariant($"{shard} lacks run {missing + 1} (combination {(missing / file.Seeds.Count) + 1}, seed {file.Seeds[missing % file.Seeds.Count]})."));
        }
    }

    private static string Run(int index, SweepRunResult run) => Invariant($"run {index + 1} (combination {run.Combination}, seed {run.Seed})");

    private static string Describe(ShardRunNumbers numbers) => Invariant($"{numbers.First}, {numbers.First + numbers.Step}, … ({numbers.Count})");

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static int Number(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    [GeneratedRegex(@"^(?<k>\d+)-of-(?<n>\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShardName();
}
