namespace Samspill.Grains.Common;

/// <summary>The shape of the ids the platform hands out (consortia, dialogue events, needs), checked before any grain is asked.</summary>
public static class EntityIds
{
    /// <summary>No id the platform issues is longer; a longer one is unknown without a lookup.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> could be an id we issued: 1 to 64 ASCII letters, digits, dashes or underscores.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
