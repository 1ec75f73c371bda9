using System.Text.RegularExpressions;

namespace ClockSim.Configuration;

/// <summary>
/// Says where the values a rule was broken by came from: a check of several keys, or of a range, names its keys but
/// not the layer that set them, so the failure gains the layer of each key it names (the default when none sets it).
/// </summary>
internal static partial class SettingOrigins
{
    /// <summary><c>… must not exceed Simulation:MaxTickRate (6) (set by Simulation:MinTickRate: command line; Simulation:MaxTickRate: appsettings.json).</c></summary>
    public static string Annotate(string failure, LayeredSettings settings)
    {
        var keys = SettingKey().Matches(failure).Select(m => m.Value.TrimEnd(':')).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (keys.Length == 0)
        {
            return failure;
        }

        string Origin(string key) => settings.OriginOf(key, orBelow: true)?.Origin(key) ?? "the default";
        var origins = keys.Length == 1 ? Origin(keys[0]) : string.Join("; ", keys.Select(k => $"{k}: {Origin(k)}"));
        var sentence = failure.TrimEnd().TrimEnd('.');
        return $"{sentence} (set by {origins}).";
    }

    [GeneratedRegex(@"\bSimulation(?::[A-Za-z0-9]+)+:?")]
    private static partial Regex SettingKey();
}
