using System.Runtime.CompilerServices;

namespace ClockSim.Model;

/// <summary>
/// Draws the action of a tick with an empty queue from the configured weights, and the peer of a
/// send-to-one uniformly. Chance comes from the caller's <see cref="SeededRandom"/>, so a seed pins it.
/// Its per-event steps are marked for inlining into a machine's tick: the build runs without the runtime's profile-guided
/// optimisation (ClockSim.csproj), which would otherwise have found them hot and inlined them itself.
/// </summary>
internal sealed class ActionChooser
{
    private readonly double _sendToOne;
    private readonly double _sendToOneOrAll;
    private readonly double _total;

    public ActionChooser(ActionWeights weights)
    {
        _sendToOne = weights.SendToOne;
        _sendToOneOrAll = weights.SendToOne + weights.SendToAll;
        _total = _sendToOneOrAll + weights.Internal;
        if (!(_total > 0))
        {
            throw new ArgumentException("At least one weight must be greater than 0.", nameof(weights));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ActionKind Choose(SeededRandom random)
    {
        var draw = random.NextDouble() * _total;
        if (draw < _sendToOne)
        {
            return ActionKind.SendToOne;
        }

        return draw < _sendToOneOrAll ? ActionKind.SendToAll : ActionKind.Internal;
    }

    public static int ChoosePeer(SeededRandom random, MachineSet peers) => peers[random.NextInt(peers.Count)];
}
