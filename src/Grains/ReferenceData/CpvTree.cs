namespace Samspill.Grains.ReferenceData;

/// <summary>
/// The shape of the CPV tree, read off the digits: division = 2 significant digits, group = 3, class = 4,
/// category = 5 and more. A code's subtree is every code sharing its significant prefix.
/// </summary>
public static class CpvTree
{
    /// <summary>The significant digits of a code (trailing zeros dropped, never fewer than the division's two).</summary>
    public static string SignificantPrefix(string code)
    {
        var digits = code.Length >= 8 ? code[..8] : code;
        var trimmed = digits.TrimEnd('0');
        return trimmed.Length < 2 ? digits[..Math.Min(2, digits.Length)] : trimmed;
    }

    /// <summary>
    /// The digits a "cpvPrefix" filter matches by ("48100000-9" → "481", "30" → "30"), or null when it is blank or
    /// not a CPV prefix. Every filter by CPV prefix goes through here, so that division 30 never matches 33.
    /// </summary>
    public static string? FilterPrefix(string? value)
    {
        var digits = value?.Trim().Split('-')[0];
        if (string.IsNullOrEmpty(digits) || digits.Length > 8 || !digits.All(char.IsAsciiDigit)) return null;
        return SignificantPrefix(digits);
    }

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies in its subtree.</summary>
    public static bool IsInSubtree(string code, string ancestor) =>
        code[..8].StartsWith(SignificantPrefix(ancestor), StringComparison.Ordinal);

    /// <summary>How many leading digits two codes share, capped by the shorter significant prefix.</summary>
    public static int SharedDepth(string a, string b)
    {
        var pa = SignificantPrefix(a);
        var pb = SignificantPrefix(b);
        var max = Math.Min(pa.Length, pb.Length);
        var n = 0;
        while (n < max && pa[n] == pb[n]) n++;
        return n;
    }

    /// <summary>The two-digit division of a code, e.g. "48".</summary>
    public static string Division(string code) => code[..2];
}
