using Samspill.Grains.Live;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.Live;

/// <summary>
/// Replayed events pass the GraphQL visibility of the needs they name as it is now, not as it was when they were
/// published: a need made PRIVATE since is left out of every replay to those who can no longer read it (its owner
/// still gets it). Pushes need no check: they leave as the event is published, when the stream's rule held. The
/// rule is <see cref="NeedEventVisibility"/>, the same one the programme's activity feed applies.
/// </summary>
public static class ReplayVisibility
{
    /// <summary>The events the caller in <see cref="Grains.Common.CallerContext"/> may still read, in order.</summary>
    public static Task<IReadOnlyList<LiveEvent>> FilterAsync(IGrainFactory grains, IReadOnlyList<LiveEvent> events) =>
        NeedEventVisibility.VisibleAsync(grains, events);
}
