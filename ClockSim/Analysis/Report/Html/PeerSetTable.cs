using ClockSim.Model;

namespace ClockSim.Analysis.Report.Html;

/// <summary>
/// Numbers the peers of a row for the page: 0 for none, the id for one machine, and −(k + 1) for the k-th distinct set of
/// several (the recipients of a send to all), so a column of peers stays a column of small numbers.
/// </summary>
internal sealed class PeerSetTable
{
    private readonly Dictionary<MachineSet, int> _codes = [];
    private readonly List<string> _sets = [];

    /// <summary>Each set of several peers, as the CSV writes it (<c>2;3</c>), at index k for code −(k + 1).</summary>
    public IReadOnlyList<string> Sets => _sets;

    public int Code(MachineSet peers)
    {
        if (peers.Count <= 1)
        {
            var ids = peers.GetEnumerator();
            return ids.MoveNext() ? ids.Current : 0;
        }

        if (!_codes.TryGetValue(peers, out var code))
        {
            _sets.Add(peers.ToString());
            code = -_sets.Count;
            _codes.Add(peers, code);
        }

        return code;
    }
}
