using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary>
/// <c>[Range]</c> for a setting. A failure is the rule's message alone, with the key as configuration writes it
/// (<c>Simulation:Network:Links:1:LossRate</c>) in place of <c>{0}</c>: the generated validator would put the member's
/// short name before it, and its own copy of <see cref="RangeAttribute"/> drops <c>ErrorMessage</c> (dotnet/runtime#123137).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRangeAttribute(double minimum, double maximum) : RangeAttribute(minimum, maximum)
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : new ValidationResult(FormatErrorMessage(SettingRequiredAttribute.Key(validationContext)));
}

/// <summary><c>[Required]</c> for a setting, its failure the rule's message alone, as <see cref="SettingRangeAttribute"/>'s.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRequiredAttribute : RequiredAttribute
{
    /// <summary>The key of the setting a generated validator checks: <c>Simulation.Network.Links[1].LossRate</c> → <c>Simulation:Network:Links:1:LossRate</c>.</summary>
    internal static string Key(ValidationContext context) =>
        context.DisplayName.Replace("].", ":", StringComparison.Ordinal).Replace('[', ':').Replace('.', ':');

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        IsValid(value) ? ValidationResult.Success : new ValidationResult(FormatErrorMessage(Key(validationContext)));
}
