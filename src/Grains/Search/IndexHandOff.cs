using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;

namespace Samspill.Grains.Search;

/// <summary>
/// What a directory grain owes the country's search index: entries it has stored that the index has not yet taken.
/// The directory acknowledges its writer once its own page is stored and sends the entries after, newest copy per id,
/// so a consortium change or an announcement never waits on the one index every search and partner query goes through
/// (issue 17: no global grain on the write path). An index call that fails is retried on a timer that keeps the
/// activation alive; what a crashed activation still owed is sent again by the next one, which offers the index every
/// entry it holds on activation (the index skips versions it has, and rebuilds from the directories itself
/// whenever it activates).
/// </summary>
/// <remarks>
/// Runs on its grain's scheduler only (started from grain turns and a grain timer), so it needs no locks.
/// </remarks>
public sealed class IndexHandOff<TEntry>(IGrainBase grain, Func<IReadOnlyList<TEntry>, Task> send, IFaultInjector faults, ILogger logger)
    where TEntry : IDirectoryEntry
{
    /// <summary>How often an index call that failed is tried again.</summary>
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    /// <summary>Entries per index call: an activation offers all it holds, and a consortium's description alone may be 10,000 characters.</summary>
    public const int MaxBatch = 100;

    private readonly Dictionary<string, TEntry> _owed = [];
    private Task _sending = Task.CompletedTask;
    private IGrainTimer? _retry;
    private TaskCompletionSource? _settled;

    /// <summary>Owes the index <paramref name="entries"/> (newer copies replace older ones still owed) and sends them unless a send is running.</summary>
    public void Owe(IEnumerable<TEntry> entries)
    {
        foreach (var entry in entries)
            if (!_owed.TryGetValue(entry.Id, out var owed) || owed.Version <= entry.Version) _owed[entry.Id] = entry;
        // A send in flight loops until nothing is owed, so it takes these too; a failed one waits for its timer.
        if (_owed.Count > 0 && _sending.IsCompleted && _retry is null) _sending = SendAsync();
    }

    /// <summary>Completes once nothing is owed (at once when nothing is).</summary>
    public Task Settled()
    {
        if (_owed.Count == 0 && _sending.IsCompleted) return Task.CompletedTask;
        return (_settled ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    private async Task SendAsync()
    {
        while (_owed.Count > 0)
        {
            var batch = _owed.Values.Take(MaxBatch).ToList();
            try
            {
                faults.Hit(FaultPoints.IndexHandOff);
                await send(batch);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Handing {Count} entries of {Grain} to the search index failed; retrying every {Interval}",
                    batch.Count, grain.GrainContext.GrainId, RetryInterval);
                // KeepAlive: the activation must not be collected while it still owes the index; Interleave: a caller
                // waiting in Settled must not hold the retry back.
                _retry ??= grain.RegisterGrainTimer(RetryAsync,
                    new GrainTimerCreationOptions(RetryInterval, RetryInterval) { KeepAlive = true, Interleave = true });
                return;
            }
            // An entry replaced while the call ran is still owed in its newer copy.
            foreach (var sent in batch)
                if (_owed.TryGetValue(sent.Id, out var owed) && ReferenceEquals(owed, sent)) _owed.Remove(sent.Id);
        }
        _retry?.Dispose();
        _retry = null;
        _settled?.TrySetResult();
        _settled = null;
    }

    private Task RetryAsync(CancellationToken cancellationToken)
    {
        if (_sending.IsCompleted) _sending = SendAsync();
        return _sending;
    }
}
