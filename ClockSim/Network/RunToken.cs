using System.Security.Cryptography;

namespace ClockSim.Network;

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
    /// loading OpenSSL, which would cost the process about 3.5 MB of memory for one call.
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

    /// <summary>Compares in constant time, so the comparison leaks nothing about the secret.</summary>
    public bool Matches(ReadOnlySpan<byte> candidate) => CryptographicOperations.FixedTimeEquals(_bytes, candidate);
}
