using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary>
/// The failure of a setting's attribute, checked by generated code (<see cref="SimulationOptionsAttributes"/>): its
/// message alone, one sentence, with the key as configuration writes it in place of <c>{0}</c>. A plain attribute's
/// failure would start with the member's short name (<c>Machines: …</c>).
/// </summary>
internal static class SettingRule
{
    /// <summary>The key being validated: <c>Simulation.Network.Links[1].LossRate</c> is <c>Simulation:Network:Links:1:LossRate</c>.</summary>
    public static string Key(ValidationContext context) => context.DisplayName.Replace("].", ":", StringComparison.Ordinal).Replace('[', ':').Replace('.', ':');

    public static ValidationResult? Result(bool valid, Func<string> message) => valid ? ValidationResult.Success : new ValidationResult(message());
}
