using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClockSim.Configuration;

/// <summary>
/// Reads a JSON settings file into configuration keys, as the JSON configuration provider does (comments and trailing
/// commas allowed, objects become sections, arrays lists numbered from 0) but keeping the file's order and a JSON
/// <c>null</c>, and with the project's own messages: a syntax error names the file, line and column, counted from 1.
/// </summary>
internal static class JsonSettingsFile
{
    /// <summary>The largest settings file, 8 MiB: far more than any sweep, experiment or run.json needs; a larger one (or /dev/zero) is refused unread.</summary>
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

    /// <summary>The keys and values of <paramref name="element"/> in the file's order, each key prefixed with <paramref name="path"/>.</summary>
    /// <exception cref="SettingsException">An object names the same key twice.</exception>
    public static IReadOnlyList<KeyValuePair<string, string?>> Keys(JsonElement element, string path, string label)
    {
        var keys = new List<KeyValuePair<string, string?>>();
        Flatten(element, path, keys);
        return keys.GroupBy(k => k.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice
            ? throw new SettingsException($"{label} sets {twice.Key} twice.")
            : keys;
    }

    /// <summary>As the JSON provider does: an empty list is an empty value, an empty object (or <c>null</c>) no value, an empty file no key.</summary>
    private static void Flatten(JsonElement element, string path, List<KeyValuePair<string, string?>> keys)
    {
        string Join(string name) => path.Length == 0 ? name : path + ":" + name;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                element.EnumerateObject().ToList().ForEach(p => Flatten(p.Value, Join(p.Name), keys));
                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                element.EnumerateArray().Select((entry, i) => (entry, i)).ToList().ForEach(e => Flatten(e.entry, Join(e.i.ToString(CultureInfo.InvariantCulture)), keys));
                break;
            case JsonValueKind.Object or JsonValueKind.Null when path.Length == 0:
                break;
            default:
                keys.Add(new(path, element.ValueKind switch
                {
                    JsonValueKind.Array => "",
                    JsonValueKind.Object or JsonValueKind.Null => null,
                    JsonValueKind.String => element.GetString(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => element.GetRawText(),
                }));
                break;
        }
    }

    /// <summary>The file's bytes, at most <see cref="MaxBytes"/>, without a UTF-8 byte order mark (which Windows editors write).</summary>
    private static byte[] ReadBounded(string path, string label)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var content = new MemoryStream();
            var chunk = new byte[81_920];
            for (int read; (read = file.Read(chunk)) > 0; content.Write(chunk, 0, read))
            {
                if (content.Length + read > MaxBytes)
                {
                    throw new SettingsException($"{label} is larger than {MaxBytes >> 20} MiB, the largest settings file ClockSim reads.");
                }
            }

            var bytes = content.ToArray();
            return bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"{label} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>"line 3, column 14 (near '}')", from the reader's position, which counts lines from 0 and columns in bytes from 0.</summary>
    private static string Position(byte[] bytes, JsonException e)
    {
        var line = (int)(e.LineNumber ?? 0);
        var start = 0;
        for (var seen = 0; seen < line && start < bytes.Length; start++)
        {
            seen += bytes[start] == '\n' ? 1 : 0;
        }

        var end = Math.Min(bytes.Length, start + (int)(e.BytePositionInLine ?? 0));
        var column = Encoding.UTF8.GetCharCount(bytes, start, end - start) + 1;
        var near = Encoding.UTF8.GetString(bytes, end, Math.Min(bytes.Length - end, 8)).EnumerateRunes().FirstOrDefault() is var next && next.Value > ' ' ? $" (near '{next}')" : "";
        return string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {column}{near}");
    }
}
