using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>Which feed items a reader wants: those at or after <see cref="Since"/>, of the given types (any when empty).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ActivityFilter")]
public sealed record ActivityFilter(
    [property: Id(0)] DateTimeOffset? Since,
    [property: Id(1)] IReadOnlyList<string> Types)
{
    /// <summary>Log pages one filtered read looks through at most (about 4,000 events); a reader continues from the cursor.</summary>
    public const int MaxScannedPages = 32;

    public bool IsEmpty => Since is null && Types.Count == 0;

    public bool Matches(LiveEvent e) =>
        (Since is null || e.OccurredAt >= Since) && (Types.Count == 0 || Types.Contains(e.Type, StringComparer.Ordinal));

    /// <summary>True once the feed, read newest first, has gone past the window: nothing older can match.</summary>
    public bool IsPast(LiveEvent e) => Since is not null && e.OccurredAt < Since;
}
