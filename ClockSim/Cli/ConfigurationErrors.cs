using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ClockSim.Cli;

/// <summary>Turns configuration failures into the one-line messages a user reads instead of a stack trace.</summary>
internal static partial class ConfigurationErrors
{
    /// <summary>One sentence per failed rule; data-annotation failures lose their wrapper text.</summary>
    public static IEnumerable<string> Describe(OptionsValidationException exception) =>
        exception.Failures.Select(failure => DataAnnotationFailure().Match(failure) is { Success: true } match ? match.Groups["message"].Value : failure);

    /// <summary>Describes a value the binder could not convert, e.g. <c>DurationSeconds=abc</c>.</summary>
    public static bool TryDescribe(InvalidOperationException exception, IConfiguration configuration, out string message)
    {
        var match = ConversionFailure().Match(exception.Message);
        if (!match.Success)
        {
            message = "";
            return false;
        }

        var key = match.Groups["key"].Value;
        var type = match.Groups["type"].Value switch
        {
            "System.Double" => "a number",
            "System.Int32" or "System.Nullable`1[System.Int32]" => "a whole number",
            _ => "a value of type " + match.Groups["type"].Value,
        };
        message = $"{key} is '{configuration[key]}', which is not {type}.";
        return true;
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']*' members: '[^']*' with the error: '(?<message>.*)'\.$")]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"^Failed to convert configuration value (?:'[^']*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailure();
}
