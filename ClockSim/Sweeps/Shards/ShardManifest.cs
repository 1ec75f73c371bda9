using System.Security.Cryptography;

namespace ClockSim.Sweeps.Shards;

/// <summary>
/// <c>shard.json</c>: what a shard is a slice of and what it holds, so a merge takes only shards of the same sweep file,
/// run by the same program, that together hold every run once.
/// </summary>
/// <param name="Sweep">The sweep's name: its file's name without <c>.json</c>.</param>
/// <param name="SweepFile">The sweep file's name.</param>
/// <param name="SweepFileSha256">The SHA-256 of the sweep file's bytes, in lowercase hexadecimal: a shard of an edited file is another sweep's.</param>
/// <param name="ProgramVersion">The version of the program that ran the shard, as <c>--version</c> prints it.</param>
/// <param name="Shard">K: the shard's number, from 1.</param>
/// <param name="Shards">N: how many shards the sweep is split into.</param>
/// <param name="Runs">How many runs the whole sweep has.</param>
/// <param name="RunNumbers">The runs the shard holds (see <see cref="SweepSlice"/>).</param>
/// <param name="Finished">How many of them finished: all of them, unless the shard was interrupted.</param>
/// <param name="Interrupted">Whether Ctrl+C or SIGTERM stopped the shard before its last run.</param>
internal sealed record ShardManifest(
    string FormatVersion,
    string Sweep,
    string SweepFile,
    string SweepFileSha256,
    string ProgramVersion,
    int Shard,
    int Shards,
    int Runs,
    ShardRunNumbers RunNumbers,
    int Finished,
    bool Interrupted)
{
    public const string CurrentFormatVersion = "1";

    /// <summary>The SHA-256 of a sweep file's bytes, as <see cref="SweepFileSha256"/> gives it.</summary>
    public static string HashOf(SweepFile file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FilePath)));
}
