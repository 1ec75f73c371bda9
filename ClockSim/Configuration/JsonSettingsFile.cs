using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClockSim.Configuration;

/// <summary>
/// Reads a JSON settings file into configuration keys, as the JSON configuration provider does (comments and
/// trailing commas allowed, objects become sections, arrays lists numbered from 0), but with the project's own
/// messages: a syntax error names the file, and the line and column as an editor shows them, counted from 1.
/// </summary>
internal static class JsonSettingsFile
{
    /// <summary>
    /// The largest settings file, 8 MiB: a sweep of the most combinations and seeds a sweep takes, or a run.json of the
    /// most machines, is far smaller; a larger file (or an endless one such as /dev/zero) is refused before it is read whole.
    /// </summary>
    public const int MaxBytes = 8 << 20;

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <param name="label">The file as the user knows it, for messages.</param>
    /// <exception cref="SettingsException">The file cannot be read, is not JSON, or is not one JSON object.</exception>
    public static JsonDocument Parse(string path, string label)
    {
        var bytes = ReadBounded(path, label);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            throw new SettingsException($"{label} is not valid JSON: {Position(bytes, e)}.", e);
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            throw new SettingsException($"{label} must hold one JSON object, {{ … }}.");
        }

        return document;
    }

    /// <summary>The file's bytes, at most <see cref="MaxBytes"/>, without a UTF-8 byte order mark (which Windows editors write).</summary>
    private static byte[] ReadBounded(string path, string label)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var content = new MemoryStream();
            var chunk = new byte[81_920];
            int read;
            while ((read = file.Read(chunk)) > 0)
            {
                if (content.Length + read > MaxBytes)
                {
                    throw new SettingsException(string.Create(CultureInfo.InvariantCulture,
                        $"{label} is larger than {MaxBytes >> 20} MiB, the largest settings file ClockSim reads."));
                }

                content.Write(chunk, 0, read);
            }

            var bytes = content.ToArray();
            return bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"{label} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The keys and values of <paramref name="element"/>, each key prefixed with <paramref name="path"/>.</summary>
    /// <param name="shape">The shape the element binds to, or null; settings marked <see cref="LocalSettingAttribute"/> are left out.</param>
    /// <exception cref="SettingsException">An object names the same key twice.</exception>
    public static IReadOnlyList<KeyValuePair<string, string?>> Keys(JsonElement element, string path, SettingShape? shape, string label)
    {
        var keys = new List<KeyValuePair<string, string?>>();
        Flatten(element, path, shape, keys);
        if (keys.GroupBy(k => k.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new SettingsException($"{label} sets {twice.Key} twice.");
        }

        return keys;
    }

    private static void Flatten(JsonElement element, string path, SettingShape? shape, List<KeyValuePair<string, string?>> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                foreach (var property in element.EnumerateObject())
                {
                    var setting = shape?.Kind == ShapeKind.Section ? shape.Find(property.Name) : null;
                    if (setting?.IsLocal != true)
                    {
                        Flatten(property.Value, Join(path, property.Name), setting?.Shape, keys);
                    }
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var index = 0;
                foreach (var entry in element.EnumerateArray())
                {
                    Flatten(entry, Join(path, (index++).ToString(CultureInfo.InvariantCulture)), shape?.Element, keys);
                }

                break;

            // As the JSON provider does: an empty list is an empty value, an empty object no value at all (and an
            // empty file, {}, no key at all).
            case JsonValueKind.Array:
                keys.Add(new(path, ""));
                break;
            case JsonValueKind.Object or JsonValueKind.Null:
                if (path.Length > 0)
                {
                    keys.Add(new(path, null));
                }

                break;
            case JsonValueKind.String:
                keys.Add(new(path, element.GetString()));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                keys.Add(new(path, element.ValueKind == JsonValueKind.True ? "true" : "false"));
                break;
            default:
                keys.Add(new(path, element.GetRawText()));
                break;
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + ":" + name;

    /// <summary>"line 3, column 14 (near '}')", from the reader's position, which counts lines from 0 and columns in bytes from 0.</summary>
    private static string Position(byte[] bytes, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var start = 0;
        for (var seen = 0; seen < line && start < bytes.Length; start++)
        {
            if (bytes[start] == '\n')
            {
                seen++;
            }
        }

        var end = Math.Min(bytes.Length, start + (int)(e.BytePositionInLine ?? 0));
        var before = Encoding.UTF8.GetString(bytes, start, end - start);
        var after = Encoding.UTF8.GetString(bytes, end, Math.Min(bytes.Length - end, 8));
        var near = after.EnumerateRunes().FirstOrDefault() is var next && next.Value > ' ' ? $" (near '{next}')" : "";
        return string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {before.Length + 1}{near}");
    }
}
