using System.Diagnostics;

namespace ClockSim.Tests.Integration;

/// <summary>
/// A test that submits jobs to Slurm: skipped, with the reason, where no Slurm cluster answers (no <c>sinfo</c>, or no
/// node idle to take a job): Debian's slurm-wlm with munged, slurmctld and slurmd on this host is enough.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (WhyNot() is { } reason)
        {
            Skip = reason;
        }
    }

    private static string? WhyNot()
    {
        // Without its controller running on this machine, sinfo would wait seconds to say so.
        if (Process.GetProcessesByName("slurmctld").Length == 0 || Process.GetProcessesByName("slurmd").Length == 0)
        {
            return "Slurm is not running here (no slurmctld and slurmd); start munged, slurmctld and slurmd to run this test.";
        }

        var start = new ProcessStartInfo("sinfo", ["--noheader", "--format=%t"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start)!;
            var states = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)) || process.ExitCode != 0)
            {
                return $"Slurm does not answer here (sinfo: {error.Trim()}); start munged, slurmctld and slurmd to run this test.";
            }

            return states.Split('\n').Any(s => s.Trim() is "idle" or "mix") ? null : $"Slurm has no node free to take a job (sinfo: {states.Trim()}).";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Slurm is not installed here (no sinfo); apt-get install slurm-wlm and start munged, slurmctld and slurmd to run this test.";
        }
    }
}
