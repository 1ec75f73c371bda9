namespace ClockSim.Configuration;

/// <summary>
/// The <c>Experiment</c> section of an experiment file: what it asks and which seeds it runs. The
/// simulation ignores this section; it reads only <c>Simulation</c>.
/// </summary>
internal sealed class ExperimentOptions
{
    public const string SectionName = "Experiment";

    /// <summary>A short title for the notebook.</summary>
    public string Title { get; set; } = "";

    /// <summary>The question the experiment asks, in a sentence.</summary>
    public string Question { get; set; } = "";

    /// <summary>One run per seed; the seeds are what makes the suite reproducible.</summary>
    public int[] Seeds { get; set; } = [];
}
