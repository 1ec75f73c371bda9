using ClockSim.Analysis.Causality;

namespace ClockSim.Sweeps;

/// <summary>A share of runs, such as those whose queue grew, with its 95 % Wilson score interval.</summary>
internal sealed record ShareEstimate(int Count, int Runs, double Share, double Low, double High)
{
    public static ShareEstimate Of(int count, int runs)
    {
        var (low, high) = CausalityCounter.Wilson(count, runs);
        return new ShareEstimate(count, runs, runs > 0 ? (double)count / runs : double.NaN, low, high);
    }
}
