namespace ClockSim.Configuration;

/// <summary>Settings that cannot be used: each problem is one sentence a user can act on, printed as one <c>error:</c> line.</summary>
internal sealed class SettingsException : Exception
{
    public SettingsException(string message)
        : this([message])
    {
    }

    public SettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public SettingsException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
