using ClockSim.Analysis.Figures;
using ClockSim.Analysis.Theory;

namespace ClockSim.Sweeps;

/// <summary>A figure of one machine that a sweep summarises over its runs, and the model's prediction of it if it makes one.</summary>
/// <param name="Name">Its column in <c>runs.csv</c> and key in <c>summary.json</c>.</param>
/// <param name="Title">How tables and charts name it, with its unit.</param>
/// <param name="Decimals">How many decimals tables show.</param>
internal sealed record SweepFigure(string Name, string Title, int Decimals, Func<MachineSummary, double> Measured, Func<TheoryPrediction, double>? Predicted = null);
