namespace ClockSim.Engines.Sockets.Wire;

/// <summary>
/// A secret drawn afresh for every run. Each connection opens with it, so a process that merely
/// finds a listening port cannot join the mesh or inject messages.
/// </summary>
internal sealed class RunToken
{
    public const int Length = 16;

    private readonly byte[] _bytes;

    private RunToken(byte[] bytes) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>
    /// A version-4 GUID comes from the operating system's secure random source (122 random bits), without
    /// loading OpenSSL, which would cost the process megabytes of memory for one call.
    /// </summary>
    public static RunToken CreateRandom() => new(Guid.NewGuid().ToByteArray());

    public static RunToken FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A run token is {Length} bytes long.", nameof(bytes));
        }

        return new RunToken(bytes.ToArray());
    }

    /// <summary>
    /// Compares in constant time, so how long a refusal takes says nothing about how much of the token was right.
    /// Written out rather than taken from the cryptography library, which for these 16 bytes would load a library
    /// into every run's memory.
    /// </summary>
    public bool Matches(ReadOnlySpan<byte> candidate)
    {
        if (candidate.Length != Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < Length; i++)
        {
            difference |= _bytes[i] ^ candidate[i];
        }

        return difference == 0;
    }
}
