using System.Globalization;
using ClockSim.Configuration;

namespace ClockSim.Sweeps.Shards;

/// <summary>
/// Reads <c>--shard K/N</c>, or <c>--shard env/N</c>, which takes K from the variable a batch scheduler sets in each of
/// its tasks, so a job script needs no arithmetic: <c>SLURM_ARRAY_TASK_ID</c> (Slurm) counts as the array is declared,
/// so <c>#SBATCH --array=1-N</c> gives K directly; <c>JOB_COMPLETION_INDEX</c> (a Kubernetes Indexed Job) counts from 0,
/// so K is one more. Shards count from 1.
/// </summary>
internal static class ShardArgument
{
    /// <summary>The variable a Slurm array task reads its index from.</summary>
    public const string SlurmVariable = "SLURM_ARRAY_TASK_ID";

    /// <summary>The variable a pod of a Kubernetes Indexed Job reads its index from.</summary>
    public const string KubernetesVariable = "JOB_COMPLETION_INDEX";

    /// <summary>The word in place of K that takes it from the scheduler's variable.</summary>
    public const string FromEnvironment = "env";

    /// <param name="text">What follows <c>--shard</c>.</param>
    /// <param name="environment">Reads an environment variable: <see cref="Environment.GetEnvironmentVariable(string)"/>, or a table in tests.</param>
    /// <exception cref="SettingsException">Not K/N or env/N, K outside 1 to N, or no scheduler's variable to read K from.</exception>
    public static SweepSlice Parse(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryWhole(parts[1], out var n) || n < 1)
        {
            throw new SettingsException($"--shard is '{text}'; give K/N, the K-th of N shards (e.g. 2/4), or {FromEnvironment}/N to take K from {SlurmVariable} or {KubernetesVariable}.");
        }

        if (!string.Equals(parts[0], FromEnvironment, StringComparison.OrdinalIgnoreCase))
        {
            return TryWhole(parts[0], out var k) && k >= 1 && k <= n
                ? new SweepSlice(k, n)
                : throw new SettingsException($"--shard is '{text}'; K is a shard's number, from 1 to {n}.");
        }

        var slurm = environment(SlurmVariable);
        var kubernetes = environment(KubernetesVariable);
        return (slurm, kubernetes) switch
        {
            (null, null) => throw new SettingsException(
                $"--shard {text} takes K from {SlurmVariable} (Slurm) or {KubernetesVariable} (Kubernetes), and neither is set; give K/{n}."),
            ({ }, { }) => throw new SettingsException(
                $"--shard {text}: both {SlurmVariable} and {KubernetesVariable} are set, so K is ambiguous; give K/{n}."),
            ({ } id, null) => FromVariable(SlurmVariable, id, 0, n, $"declare the array as --array=1-{n}"),
            (null, { } index) => FromVariable(KubernetesVariable, index, 1, n, $"give the Indexed Job completions: {n}"),
        };
    }

    /// <param name="label">The sweep file as the message names it.</param>
    /// <exception cref="SettingsException">The slice has more shards than the sweep has runs.</exception>
    public static void Check(SweepSlice slice, SweepFile file, string label)
    {
        if (slice.N > file.RunCount)
        {
            throw new SettingsException(string.Create(CultureInfo.InvariantCulture,
                $"--shard {slice.K}/{slice.N}: {label} has {file.RunCount} runs, so at most {file.RunCount} shards; give fewer."));
        }
    }

    /// <param name="offset">What turns the variable's value into K: 0 where it counts from 1, 1 where it counts from 0.</param>
    private static SweepSlice FromVariable(string variable, string value, int offset, int n, string advice)
    {
        if (!TryWhole(value, out var index))
        {
            throw new SettingsException($"{variable} is '{value}', which is not a task's number; --shard env/{n} reads K from it.");
        }

        var k = (long)index + offset;
        return k >= 1 && k <= n
            ? new SweepSlice((int)k, n)
            : throw new SettingsException(string.Create(CultureInfo.InvariantCulture,
                $"{variable} is {index}, which makes K = {k}, outside the shards 1 to {n}; {advice}."));
    }

    private static bool TryWhole(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
