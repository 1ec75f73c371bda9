namespace ClockSim.Configuration;

/// <summary>
/// The valid name a mistyped one most likely meant, for "did you mean …?": the same name in another case, a
/// name one or two edits away (a third of its length at most), or a name that starts with what was typed
/// (<c>Duration</c> → <c>DurationSeconds</c>). Leading dashes are ignored, so options compare by their words.
/// </summary>
internal static class ClosestMatch
{
    private const int ShortestPrefix = 3;

    /// <returns>The closest of <paramref name="candidates"/>, or null when none is close enough to suggest.</returns>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var word = Normalise(typed);
        if (word.Length == 0)
        {
            return null;
        }

        var allowed = Math.Max(1, word.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Word: Normalise(c)))
            .Select(c => (c.Candidate, Distance: Distance(word, c.Word), Prefix: word.Length >= ShortestPrefix && c.Word.StartsWith(word, StringComparison.Ordinal)))
            .Where(c => c.Distance <= allowed || c.Prefix)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    private static string Normalise(string name) => name.TrimStart('-').ToLowerInvariant();

    /// <summary>
    /// The fewest insertions, deletions, substitutions and swaps of two neighbours that turn one word into the
    /// other (the optimal string alignment distance): <c>Titel</c> is one edit from <c>Title</c>.
    /// </summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
