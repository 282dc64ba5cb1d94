using Samspill.Grains.Live;

namespace Samspill.Grains.Programme;

/// <summary>
/// One page of the programme's full activity history: the events of the <c>programme</c> topic whose sequence falls
/// in its range (<see cref="ActivityLog.PageSize"/> per page, keyed by page number). The topic itself keeps only
/// its last events; these pages keep all of them.
/// </summary>
public interface IActivityLogPageGrain : IGrainWithIntegerKey
{
    /// <summary>Grain-to-grain: stores the events it does not hold yet (by sequence and event id), so repeats are harmless.</summary>
    Task Append(IReadOnlyList<LiveEvent> events);

    /// <summary>Programme staff only: up to <paramref name="max"/> events with a sequence at most <paramref name="atOrBefore"/>, newest first.</summary>
    Task<IReadOnlyList<LiveEvent>> Read(long atOrBefore, int max);
}

/// <summary>Reads the activity history newest first across the log pages (programme staff only).</summary>
public interface IActivityFeedGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Up to <paramref name="first"/> items older than <paramref name="beforeSequence"/> (the newest when null).
    /// Cursors are sequences, so items arriving meanwhile never shift a reader's next page.
    /// </summary>
    Task<ActivityPage> Page(long? beforeSequence, int first);

    /// <summary>
    /// Like <see cref="Page"/>, only items that match <paramref name="filter"/>. Reads the log newest first until the
    /// window of <see cref="ActivityFilter.Since"/> ends, or at most <see cref="ActivityFilter.MaxScannedPages"/> pages;
    /// <see cref="ActivityPage.Total"/> counts the matches in what it read, <see cref="ActivityPage.ScannedTo"/> says
    /// where a next read continues.
    /// </summary>
    Task<ActivityPage> Filtered(long? beforeSequence, int first, ActivityFilter filter);
}

/// <summary>A page of the activity feed: newest first, whether older items exist, and how many items there are in all.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.ActivityPage")]
public sealed record ActivityPage(
    [property: Id(0)] IReadOnlyList<LiveEvent> Items,
    [property: Id(1)] bool HasMore,
    [property: Id(2)] long Total,
    [property: Id(3)] long? ScannedTo = null);
