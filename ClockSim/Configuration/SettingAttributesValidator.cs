using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace ClockSim.Configuration;

/// <summary>
/// The data-annotation rules (<see cref="RangeAttribute"/>, <see cref="RequiredAttribute"/>…) of every setting,
/// nested sections and the entries of lists included, each failure the attribute's own message: one sentence
/// that names the key. Attributes without a message name the key in full (<c>Simulation:Weights:Internal</c>).
/// Not the generated <c>[OptionsValidator]</c>: its copy of <see cref="RangeAttribute"/> drops the attribute's
/// <c>ErrorMessage</c> (dotnet/runtime#123137), and it puts the member's short name before every failure.
/// </summary>
internal sealed class SettingAttributesValidator<TOptions>(string sectionName) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<string>();
        CheckSection(options, SettingShape.Of(typeof(TOptions)), sectionName, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSection(object section, SettingShape shape, string path, List<string> failures)
    {
        foreach (var property in shape.Properties)
        {
            var key = path + ":" + property.Name;
            var value = property.Property.GetValue(section);
            var results = new List<ValidationResult>();
            var context = new ValidationContext(section, key, serviceProvider: null, items: null) { MemberName = property.Name };
            if (!Validator.TryValidateValue(value, context, results, property.Rules))
            {
                failures.AddRange(results.Select(r => r.ErrorMessage ?? key));
            }

            CheckNested(value, property.Shape, key, failures);
        }
    }

    private static void CheckNested(object? value, SettingShape shape, string key, List<string> failures)
    {
        if (shape.Kind == ShapeKind.Section && value is not null)
        {
            CheckSection(value, shape, key, failures);
        }
        else if (shape.Kind == ShapeKind.List && value is IEnumerable entries)
        {
            var index = 0;
            foreach (var entry in entries)
            {
                CheckNested(entry, shape.Element!, $"{key}:{index++}", failures);
            }
        }
    }
}
