namespace ClockSim.Experiments;

/// <summary>Where a rerun of the suite starts; each step also does the ones after it.</summary>
internal enum SuiteStep
{
    /// <summary>Every experiment's runs, then the twins and sweeps, then the tables.</summary>
    All,

    /// <summary>The twins (from the committed runs) and the sweeps, then the tables.</summary>
    Virtual,

    /// <summary>The tables alone, from the results already there.</summary>
    Report,
}
