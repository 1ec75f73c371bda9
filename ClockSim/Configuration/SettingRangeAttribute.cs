using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace ClockSim.Configuration;

/// <summary>
/// <c>[Range]</c> for a setting: a failure is the rule's message alone (see <see cref="SettingRule"/>), the value it was
/// given in place of <c>{3}</c>. The generator's own copy of <see cref="RangeAttribute"/> would drop <c>ErrorMessage</c> (dotnet/runtime#123137).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SettingRangeAttribute(double minimum, double maximum) : RangeAttribute(minimum, maximum)
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        SettingRule.Result(IsValid(value), () => string.Format(CultureInfo.InvariantCulture, ErrorMessageString, SettingRule.Key(validationContext), Minimum, Maximum, value));
}
