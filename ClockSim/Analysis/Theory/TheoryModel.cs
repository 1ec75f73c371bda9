using ClockSim.Configuration;

namespace ClockSim.Analysis.Theory;

/// <summary>
/// The queueing model of the product spec, from the tick rates, the weights and the network alone. On a tick with
/// an empty queue machine j sends to a given peer with probability p = w_one/(N−1) + w_all (weights normalised to 1);
/// a tick with a non-empty queue receives instead. With ρ_j the share of j's ticks spent receiving and k_ji the share
/// of messages the link from j to i delivers (1 − its loss rate), messages from j reach i at r_j(1 − ρ_j)p·k_ji per
/// second, λ_i sums them, and ρ_i = min(1, λ_i/r_i). A delayed message is older when it is read: a machine that keeps
/// up and follows a clock of rate R through a link of mean delay d lags it by about R·d clock units.
/// </summary>
internal static class TheoryModel
{
    /// <summary>What the model is computed from, in the words the console and summary.md use.</summary>
    public const string Inputs = "the tick rates, the weights and each link's loss rate and mean delay";

    private const int MaxIterations = 10_000;
    private const double Tolerance = 1e-12;

    /// <param name="network">The configured network; by default the perfect one the spec's model assumes.</param>
    public static IReadOnlyList<TheoryPrediction> Predict(IReadOnlyList<double> rates, WeightOptions weights, NetworkModel? network = null)
    {
        network ??= NetworkModel.Perfect;
        var p = SendProbability(rates.Count, weights);
        var shares = ReceivingShares(rates, p, network);
        var arrivals = ArrivalRates(rates, p, shares, network);
        var clockRates = ClockRates(rates, p, arrivals, shares);
        return [.. rates.Select((rate, i) => new TheoryPrediction(
            i + 1, rate, arrivals[i], shares[i], QueueGrows(arrivals[i], rate), Math.Max(0, arrivals[i] - rate), clockRates[i],
            DelayDrift(i, rates, clockRates, arrivals, network)))];
    }

    /// <summary>
    /// The drift the network's delay adds to a machine that keeps up and is pulled along by a faster clock: the clock it
    /// follows (the fastest predicted among the others) times that link's mean delay, below 0. A machine that keeps its
    /// own pace leads or follows nobody (0); one whose queue grows has no steady lag (NaN).
    /// </summary>
    private static double DelayDrift(int i, IReadOnlyList<double> rates, IReadOnlyList<double> clockRates, IReadOnlyList<double> arrivals, NetworkModel network)
    {
        if (QueueGrows(arrivals[i], rates[i]))
        {
            return double.NaN;
        }

        var leader = Enumerable.Range(0, rates.Count).Where(j => j != i).MaxBy(j => clockRates[j]);
        return clockRates[leader] > rates[i] ? -clockRates[leader] * network.DelaySeconds(leader + 1, i + 1) : 0;
    }

    /// <summary>p: the chance that a tick with an empty queue sends to one given peer.</summary>
    public static double SendProbability(int machineCount, WeightOptions weights)
    {
        var total = weights.SendToOne + weights.SendToAll + weights.Internal;
        return (weights.SendToOne / total / (machineCount - 1)) + (weights.SendToAll / total);
    }

    /// <summary>λ_i = Σ_{j≠i} r_j (1 − ρ_j) p k_ji: the shares of every link alike, corrected for the links with their own.</summary>
    public static double[] ArrivalRates(IReadOnlyList<double> rates, double p, IReadOnlyList<double> receivingShares, NetworkModel? network = null)
    {
        network ??= NetworkModel.Perfect;
        var sending = rates.Select((rate, j) => rate * (1 - receivingShares[j]) * p).ToArray();
        var total = sending.Sum();
        var arrivals = sending.Select(own => (total - own) * network.DefaultKeep).ToArray();
        foreach (var (from, to, keep) in network.LinksWithOwnLoss())
        {
            arrivals[to - 1] += sending[from - 1] * (keep - network.DefaultKeep);
        }

        return arrivals;
    }

    /// <summary>
    /// Solves ρ_i = min(1, λ_i(ρ)/r_i) by iterating from ρ = 0. Each step moves only part of the way, by
    /// 1/(1 + p(N−1)): the plain step can swing between two points for ever (two machines of equal rate that
    /// always send), and this damping makes every step shrink the error while keeping the same fixed point.
    /// </summary>
    public static double[] ReceivingShares(IReadOnlyList<double> rates, double p, NetworkModel? network = null)
    {
        var shares = new double[rates.Count];
        var damping = 1 / (1 + (p * (rates.Count - 1)));
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var arrivals = ArrivalRates(rates, p, shares, network);
            double change = 0;
            for (var i = 0; i < shares.Length; i++)
            {
                var target = Math.Min(1, arrivals[i] / rates[i]);
                var step = damping * (target - shares[i]);
                shares[i] += step;
                change = Math.Max(change, Math.Abs(step));
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        // One plain step at the fixed point changes nothing but makes a saturated share exactly 1, not 1 − ε.
        var settled = ArrivalRates(rates, p, shares, network);
        return [.. settled.Select((arrival, i) => Math.Min(1, arrival / rates[i]))];
    }

    /// <summary>
    /// A first-order logical clock rate per machine. A receive lifts a clock to the carried clock + 1, so a
    /// machine that keeps up (λ &lt; r) follows the fastest clock it hears from between its own ticks:
    /// max(r_i, R_i). A machine that cannot keep up reads its queue in order at r_i while it fills at λ_i, so at
    /// time t it reads messages sent at about t·r_i/λ_i, carrying clocks near R_i·t·r_i/λ_i: max(r_i, R_i·r_i/λ_i).
    /// R_i is the largest predicted clock rate among the machines it hears from (μ_ji &gt; 0: they still have ticks
    /// to send on); the rates depend on each other, so they are iterated up from the tick rates until they settle.
    /// </summary>
    private static double[] ClockRates(IReadOnlyList<double> rates, double p, IReadOnlyList<double> arrivals, IReadOnlyList<double> shares)
    {
        var clock = rates.ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double change = 0;
            for (var i = 0; i < clock.Length; i++)
            {
                var heard = Enumerable.Range(0, clock.Length).Where(j => j != i && rates[j] * (1 - shares[j]) * p > 0).Select(j => clock[j]).DefaultIfEmpty(0).Max();
                var pulled = QueueGrows(arrivals[i], rates[i]) ? heard * rates[i] / arrivals[i] : heard;
                var next = Math.Max(rates[i], pulled);
                change = Math.Max(change, Math.Abs(next - clock[i]));
                clock[i] = next;
            }

            if (change < Tolerance)
            {
                break;
            }
        }

        return clock;
    }

    private static bool QueueGrows(double arrivalRate, double tickRate) => arrivalRate >= tickRate;
}
