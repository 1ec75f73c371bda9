using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary><c>[Required]</c> for a setting: a failure is the rule's message alone (see <see cref="SettingRule"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRequiredAttribute : RequiredAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        SettingRule.Result(IsValid(value), () => FormatErrorMessage(SettingRule.Key(validationContext)));
}
