using System.ComponentModel.DataAnnotations;

namespace ClockSim.Configuration;

/// <summary>
/// <c>[Range]</c> for a setting: a failure is the rule's message alone (see <see cref="SettingRule"/>). The
/// validator generator's own copy of <see cref="RangeAttribute"/> would drop <c>ErrorMessage</c> (dotnet/runtime#123137).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRangeAttribute(double minimum, double maximum) : RangeAttribute(minimum, maximum)
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        SettingRule.Result(IsValid(value), this, validationContext);
}
