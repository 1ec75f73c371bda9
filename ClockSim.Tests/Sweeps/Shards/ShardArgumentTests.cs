using ClockSim.Configuration;
using ClockSim.Sweeps.Shards;

namespace ClockSim.Tests.Sweeps.Shards;

public sealed class ShardArgumentTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    private static string Refusal(string text, params (string Name, string Value)[] variables) =>
        Assert.Single(Assert.Throws<SettingsException>(() => ShardArgument.Parse(text, Environment(variables))).Problems);

    [Fact]
    public void Parse_KOfN_IsThatShard()
    {
        Assert.Equal(new SweepSlice(3, 4), ShardArgument.Parse("3/4", Environment()));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("4", 4)]
    public void Parse_Env_TakesKFromSlurmAsTheArrayCounts(string id, int k)
    {
        Assert.Equal(new SweepSlice(k, 4), ShardArgument.Parse("env/4", Environment((ShardArgument.SlurmVariable, id))));
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("3", 4)]
    public void Parse_Env_TakesKFromAnIndexedJobCountingFromZero(string index, int k)
    {
        Assert.Equal(new SweepSlice(k, 4), ShardArgument.Parse("env/4", Environment((ShardArgument.KubernetesVariable, index))));
    }

    [Theory]
    [InlineData("0/4", "--shard is '0/4'; K is a shard's number, from 1 to 4.")]
    [InlineData("5/4", "--shard is '5/4'; K is a shard's number, from 1 to 4.")]
    [InlineData("x/4", "--shard is 'x/4'; K is a shard's number, from 1 to 4.")]
    [InlineData("4", "--shard is '4'; give K/N, the K-th of N shards (e.g. 2/4), or env/N to take K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.")]
    [InlineData("1/0", "--shard is '1/0'; give K/N, the K-th of N shards (e.g. 2/4), or env/N to take K from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX.")]
    [InlineData("-1/4", "--shard is '-1/4'; K is a shard's number, from 1 to 4.")]
    public void Parse_NotAShard_IsRefusedInOneLine(string text, string expected)
    {
        Assert.Equal(expected, Refusal(text));
    }

    [Fact]
    public void Parse_EnvWithoutAScheduler_SaysWhichVariablesItReads()
    {
        Assert.Equal("--shard env/4 takes K from SLURM_ARRAY_TASK_ID (Slurm) or JOB_COMPLETION_INDEX (Kubernetes), and neither is set; give K/4.", Refusal("env/4"));
    }

    [Fact]
    public void Parse_EnvWithBothSchedulers_IsAmbiguous()
    {
        Assert.Contains("K is ambiguous", Refusal("env/4", (ShardArgument.SlurmVariable, "1"), (ShardArgument.KubernetesVariable, "0")), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SlurmArrayFromZero_AdvisesArrayFromOne()
    {
        Assert.Equal("SLURM_ARRAY_TASK_ID is 0, which makes K = 0, outside the shards 1 to 4; declare the array as --array=1-4.",
            Refusal("env/4", (ShardArgument.SlurmVariable, "0")));
    }

    [Fact]
    public void Parse_IndexBeyondTheCompletions_IsRefused()
    {
        Assert.Equal("JOB_COMPLETION_INDEX is 4, which makes K = 5, outside the shards 1 to 4; give the Indexed Job completions: 4.",
            Refusal("env/4", (ShardArgument.KubernetesVariable, "4")));
    }

    [Fact]
    public void Parse_VariableThatIsNotANumber_IsRefused()
    {
        Assert.Equal("SLURM_ARRAY_TASK_ID is '1,2', which is not a task's number; --shard env/4 reads K from it.",
            Refusal("env/4", (ShardArgument.SlurmVariable, "1,2")));
    }
}
