using ClockSim.Recording;

namespace ClockSim.Experiments;

/// <summary>How the socket runs of the chosen experiments ended, and where they wait to be swapped in.</summary>
/// <param name="AllRan">Whether every run ran to its end and wrote its folder (an invalid verdict still counts as ran).</param>
/// <param name="Staged">Each experiment's runs by its name, beside its committed ones.</param>
internal sealed record ExperimentRunsOutcome(bool AllRan, IReadOnlyDictionary<string, StagedFolder> Staged)
{
    /// <summary>Puts every experiment's runs in place of the committed ones.</summary>
    public void Commit()
    {
        foreach (var folder in Staged.Values)
        {
            folder.Commit();
        }
    }

    /// <summary>Keeps the runs that were written beside the committed ones, as <c>*.interrupted</c>, and drops empty folders.</summary>
    /// <returns>The folders the runs were kept in.</returns>
    public IReadOnlyList<string> KeepInterrupted()
    {
        var kept = new List<string>();
        foreach (var folder in Staged.Values)
        {
            if (Directory.EnumerateFileSystemEntries(folder.Path).Any())
            {
                kept.Add(folder.KeepInterrupted());
            }
            else
            {
                folder.Discard();
            }
        }

        return kept;
    }
}
