using ClockSim.Cli;
using ClockSim.Configuration;
using ClockSim.Recording;

namespace ClockSim.Tests.Cli;

public sealed class RunFolderLocatorTests : IDisposable
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "clocksim-missing-" + Guid.NewGuid().ToString("N"));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "clocksim-locator-" + Guid.NewGuid().ToString("N"));

    public RunFolderLocatorTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Newest_TwoFinishedRuns_IsTheOneWhoseRunJsonWasWrittenLast()
    {
        var older = Run("20260101-000000-seed1", DateTime.UtcNow.AddHours(-1));
        var newer = Run("20250101-000000-seed2", DateTime.UtcNow);

        Assert.Equal(newer, RunFolderLocator.Newest(_root));
        Assert.NotEqual(older, RunFolderLocator.Newest(_root));
    }

    [Fact]
    public void Newest_IsTheRunThatStartedLast_WhateverItsNameOrWhenItsFileWasWritten()
    {
        // Two runs of seed 99 started in the same second: the second folder is "-2". The first finished later.
        var first = Started("20261205-120000-seed99", new DateTimeOffset(2026, 12, 5, 12, 0, 0, 100, TimeSpan.Zero), DateTime.UtcNow);
        var second = Started("20261205-120000-seed99-2", new DateTimeOffset(2026, 12, 5, 12, 0, 0, 900, TimeSpan.Zero), DateTime.UtcNow.AddMinutes(-5));

        Assert.Equal(second, RunFolderLocator.Newest(_root));
        Assert.NotEqual(first, RunFolderLocator.Newest(_root));
    }

    [Fact]
    public void Newest_RunWithoutRunJson_IsPassedOver()
    {
        var finished = Run("20260101-000000-seed1", DateTime.UtcNow.AddHours(-1));
        Directory.CreateDirectory(Path.Combine(_root, "20260101-010000-seed2"));

        Assert.Equal(finished, RunFolderLocator.Newest(_root));
    }

    [Fact]
    public void Newest_NoOutputDirectory_IsNull() => Assert.Null(RunFolderLocator.Newest(Path.Combine(_root, "missing")));

    [Fact]
    public void Resolve_PathFromTheCurrentFolder_IsThatFolder()
    {
        var folder = Run("20260101-000000-seed1", DateTime.UtcNow);

        Assert.Equal(folder, RunFolderLocator.Resolve("20260101-000000-seed1", _root, Missing, Missing));
    }

    [Fact]
    public void Resolve_PathFromTheSettingsFolder_IsFoundFromASubfolder()
    {
        var folder = Run(Path.Combine("runs", "20260101-000000-seed1"), DateTime.UtcNow);
        var inside = Directory.CreateDirectory(Path.Combine(_root, "ClockSim")).FullName;

        Assert.Equal(folder, RunFolderLocator.Resolve(Path.Combine("runs", "20260101-000000-seed1"), inside, _root, Missing));
    }

    [Fact]
    public void Resolve_BareRunName_IsLookedUpUnderTheOutputDirectory()
    {
        var folder = Run(Path.Combine("out", "20260101-000000-seed1"), DateTime.UtcNow);

        Assert.Equal(folder, RunFolderLocator.Resolve("20260101-000000-seed1", Missing, Missing, Path.Combine(_root, "out")));
    }

    [Fact]
    public void Resolve_AFile_IsRefusedAsNotARunFolder()
    {
        File.WriteAllText(Path.Combine(_root, "README.md"), "");

        var error = Assert.Throws<SettingsException>(() => RunFolderLocator.Resolve("README.md", _root, _root, _root));

        Assert.Equal("'README.md' is a file, not a run folder; name the folder that holds run.json.", error.Message);
    }

    [Fact]
    public void Resolve_NothingThere_SaysWhereItLooked()
    {
        var error = Assert.Throws<SettingsException>(() => RunFolderLocator.Resolve("nowhere", _root, _root, Path.Combine(_root, "runs")));

        Assert.Equal("the run folder 'nowhere' does not exist (looked for nowhere, runs/nowhere).", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Started(string name, DateTimeOffset start, DateTime written)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var manifest = new RunManifest
        {
            FormatVersion = RunRecorder.FormatVersion, Options = new SimulationOptions(), TickRatesDrawn = true, Seed = 99, StartUtc = start, EndUtc = start,
            ElapsedSeconds = 0, EndReason = "completed", Machines = [], InFlight = 0,
        };
        File.WriteAllText(Path.Combine(folder, RunManifestJson.FileName), RunManifestJson.Serialize(manifest));
        File.SetLastWriteTimeUtc(Path.Combine(folder, RunManifestJson.FileName), written);
        return folder;
    }

    private string Run(string name, DateTime written)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        var manifest = Path.Combine(folder, "run.json");
        File.WriteAllText(manifest, "{}");
        File.SetLastWriteTimeUtc(manifest, written);
        return folder;
    }
}
