using ClockSim.Configuration;

namespace ClockSim.Sweeps;

/// <summary>
/// A sweep file, read and checked: the runs it asks for are every combination of its axes' values, each with every
/// seed, on the virtual engine. Its results go to <c>results/&lt;name&gt;/</c> beside the file.
/// </summary>
/// <param name="Name">The file's name without <c>.json</c>.</param>
/// <param name="Label">The file as messages name it.</param>
/// <param name="Combinations">Every combination, each with its validated options; one, the file's own settings, without axes.</param>
/// <param name="Baseline">The index, from 1, of the combination every other one is compared with seed by seed: <c>Sweep:Baseline</c>, or the first.</param>
internal sealed record SweepFile(
    string Name,
    string FilePath,
    string Label,
    string Title,
    string Question,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<SweepAxis> Axes,
    SweepChartAxis ChartAgainst,
    IReadOnlyList<SweepCombination> Combinations,
    int Baseline)
{
    /// <summary>The folder name, under a sweep file's folder, that holds the results of every sweep there.</summary>
    public const string ResultsFolderName = "results";

    public string ResultsFolder => Path.Combine(Path.GetDirectoryName(FilePath)!, ResultsFolderName, Name);

    public int RunCount => Combinations.Count * Seeds.Count;

    /// <summary>Whether any combination sets a clock setting: then every run compares its four clocks, and <c>runs.csv</c> has their figures.</summary>
    public bool ComparesClocks => Combinations.Any(c => !c.Options.Clocks.IsDefault());
}
