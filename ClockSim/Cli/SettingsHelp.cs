using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ClockSim.Configuration;
using ClockSim.Application;

namespace ClockSim.Cli;

/// <summary>
/// The settings part of <c>run --help</c>, generated from <see cref="SimulationOptions"/>: every key with what it
/// means, the values it takes (its type, enum names, the range of its attributes) and its default, so a setting
/// added to the options appears here by itself.
/// </summary>
internal static class SettingsHelp
{
    public static void Write(TextWriter output)
    {
        output.WriteLine($"Settings (in {ContentRoot.SettingsFile} or a --config file, or as --{SimulationOptions.SectionName}:Key=value):");
        var rows = new List<(string, string)>();
        AddSection(SimulationOptions.SectionName, SettingShape.Of(typeof(SimulationOptions)), new SimulationOptions(), rows);
        HelpColumns.Write(output, rows);
        output.WriteLine();
    }

    /// <summary>What a setting of this shape takes, with the limits of its attributes: "a whole number from 2 to 128".</summary>
    private static string Allowed(SettingShape shape, IReadOnlyList<ValidationAttribute> rules) => shape.Kind switch
    {
        ShapeKind.List => "a list numbered from 0, each entry " + Allowed(shape.Element!, []),
        ShapeKind.Section => "a section",
        _ => SettingValue.Describe(shape) + string.Concat(rules.Select(Limit)),
    };

    private static void AddSection(string path, SettingShape shape, object defaults, List<(string, string)> rows)
    {
        foreach (var property in shape.Properties)
        {
            var key = path + ":" + property.Name;
            var value = property.Property.GetValue(defaults);
            if (property.Shape.Kind == ShapeKind.Section)
            {
                AddSection(key, property.Shape, value ?? property.Shape.NewSection(), rows);
            }
            else if (property.Shape.Kind == ShapeKind.List && property.Shape.Element!.Kind == ShapeKind.Section)
            {
                var element = property.Shape.Element;
                rows.Add((key, $"{property.Description} A list numbered from 0; default {SettingValue.Format(value)}.".TrimStart()));
                AddSection(key + ":<i>", element, element.NewSection(), rows);
            }
            else
            {
                var allowed = Allowed(property.Shape, property.Rules);
                rows.Add((key, $"{property.Description} {char.ToUpperInvariant(allowed[0])}{allowed[1..]}; default {SettingValue.Format(value)}.".TrimStart()));
            }
        }
    }

    private static string Limit(ValidationAttribute rule) => rule switch
    {
        RangeAttribute range => string.Create(CultureInfo.InvariantCulture, $" from {range.Minimum:0.#########} to {range.Maximum:0.#########}"),
        RequiredAttribute => ", not empty",
        _ => "",
    };
}
