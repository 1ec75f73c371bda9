using System.Runtime.CompilerServices;
using ClockSim.Application;
using ClockSim.Tests.Support;

namespace ClockSim.Tests.Application;

/// <summary>A fault of the program itself ends a command with one line and exit code 3; its stack trace goes to a file, not the terminal.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class InternalFaultTests : IDisposable
{
    private const string Message = "boom\non two lines";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ARunFault_IsOneLine_AndItsDetailsAreInTheRunFolder()
    {
        var (exitCode, error) = Captured(() => InternalFault.Report(Thrown(), _folder.Path));

        Assert.Equal(ExitCodes.Failure, exitCode);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(@"error: the run stopped early on an internal fault (InvalidOperationException: boom\u000Aon two lines). What it recorded is in ", line, StringComparison.Ordinal);
        Assert.EndsWith($"{InternalFault.FileName}.", line, StringComparison.Ordinal);
        var details = File.ReadAllText(Path.Combine(_folder.Path, InternalFault.FileName));
        Assert.Contains(nameof(Thrown), details, StringComparison.Ordinal);
    }

    [Fact]
    public void DetailsThatCannotBeWritten_AreSaidSo_AndTheLineStaysOne()
    {
        var gone = Path.Combine(_folder.Path, "gone");

        var (exitCode, error) = Captured(() => InternalFault.Report(Thrown(), gone));

        Assert.Equal(ExitCodes.Failure, exitCode);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("its details could not be written to ", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(gone));
    }

    [Fact]
    public void AFaultOutsideARun_HasItsDetailsInTheTemporaryFolder()
    {
        var details = Path.Combine(Path.GetTempPath(), $"clocksim-{Environment.ProcessId}-{InternalFault.FileName}");
        try
        {
            var (exitCode, error) = Captured(() => InternalFault.Report(Thrown()));

            Assert.Equal(ExitCodes.Failure, exitCode);
            Assert.StartsWith("error: ClockSim stopped on an internal fault (InvalidOperationException: ", error, StringComparison.Ordinal);
            Assert.Contains(nameof(Thrown), File.ReadAllText(details), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(details);
        }
    }

    /// <summary>An exception as the program meets one: thrown, so it carries a stack trace.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException(Message);
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }

    private static (int ExitCode, string Error) Captured(Func<int> report)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (report(), error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
