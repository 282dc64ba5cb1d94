namespace Samspill.Grains.Matching;

/// <summary>How alike two texts are, from their analysed terms (stems, compound parts, synonyms), weighted by rarity.</summary>
public static class TextSimilarity
{
    /// <summary>
    /// The mean of the weighted overlap coefficient (shared weight over the smaller text's weight, so a short need
    /// inside a long one counts) and the weighted Dice coefficient (which keeps one common word from making two
    /// texts alike); 0..1, with the shared terms rarest first.
    /// </summary>
    public static (double Similarity, IReadOnlyList<string> Matched) Of(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b, Func<string, double> weight)
    {
        if (a.Count == 0 || b.Count == 0) return (0, []);
        var setB = b as IReadOnlySet<string> ?? b.ToHashSet();
        var shared = a.Where(setB.Contains).Distinct().ToList();
        if (shared.Count == 0) return (0, []);
        var wa = a.Distinct().Sum(weight);
        var wb = b.Distinct().Sum(weight);
        var ws = shared.Sum(weight);
        var similarity = FromWeights(wa, wb, ws);
        if (similarity <= 0 && (wa <= 0 || wb <= 0)) return (0, []);
        return (similarity, shared.OrderByDescending(weight).ThenBy(t => t, StringComparer.Ordinal).ToList());
    }

    /// <summary>The similarity from the weight of each text and of what they share (0 when either text weighs nothing).</summary>
    public static double FromWeights(double a, double b, double shared)
    {
        if (a <= 0 || b <= 0) return 0;
        var overlap = shared / Math.Min(a, b);
        var dice = 2 * shared / (a + b);
        return Math.Round(Math.Clamp((overlap + dice) / 2, 0, 1), 4);
    }
}
