using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary>
/// The failure of a setting's attribute, checked by generated code (<see cref="SimulationOptionsAttributes"/>): its
/// message alone, one sentence, with the key as configuration writes it in place of <c>{0}</c>. A plain attribute's
/// failure would start with the member's short name (<c>Machines: …</c>).
/// </summary>
internal static class SettingRule
{
    /// <summary>Success, or the failure naming the key: <c>Simulation.Network.Links[1].LossRate</c> is <c>Simulation:Network:Links:1:LossRate</c>.</summary>
    public static ValidationResult? Result(bool valid, ValidationAttribute rule, ValidationContext context) =>
        valid
            ? ValidationResult.Success
            : new ValidationResult(rule.FormatErrorMessage(context.DisplayName.Replace("].", ":", StringComparison.Ordinal).Replace('[', ':').Replace('.', ':')));
}
