using System.Text.RegularExpressions;

namespace ClockSim.Experiments;

/// <summary>
/// Replaces the generated blocks of a hand-written document, each between
/// <c>&lt;!-- generated:NAME --&gt;</c> and <c>&lt;!-- /generated:NAME --&gt;</c>, and leaves the prose around them alone.
/// </summary>
internal static partial class GeneratedSections
{
    /// <returns>The document with every block named in <paramref name="sections"/> replaced; blocks it lacks are listed in <paramref name="missing"/>.</returns>
    public static string Fill(string document, IReadOnlyDictionary<string, string> sections, out IReadOnlyList<string> missing)
    {
        var found = new HashSet<string>();
        var filled = Block().Replace(document, match =>
        {
            var name = match.Groups["name"].Value;
            if (!sections.TryGetValue(name, out var content))
            {
                return match.Value;
            }

            found.Add(name);
            return $"<!-- generated:{name} -->\n{content.TrimEnd()}\n<!-- /generated:{name} -->";
        });
        missing = [.. sections.Keys.Where(k => !found.Contains(k))];
        return filled;
    }

    [GeneratedRegex(@"<!-- generated:(?<name>[\w-]+) -->.*?<!-- /generated:\k<name> -->", RegexOptions.Singleline)]
    private static partial Regex Block();
}
