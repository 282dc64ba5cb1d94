using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Samspill.TestSupport;

/// <summary>A need the failover stream had acknowledged, and whether that was after the kill.</summary>
public sealed record AcknowledgedNeed(string Municipality, string Id, string Title, bool AfterKill);

/// <summary>
/// The client stream a silo is killed under (the three-silo test and bench/Failover): two writers publish needs
/// round-robin over the silos that are up, each with its own Idempotency-Key, and send an unanswered one again, same
/// key, to another silo; two readers read needs already acknowledged through the survivors, all through the kill.
/// </summary>
/// <param name="publishNeed">The publishNeed mutation, with the title as <c>$t</c>.</param>
/// <param name="titlePrefix">Mutation n is titled "{titlePrefix} {n}".</param>
/// <param name="municipalities">Mutation n is made by municipality n modulo their count, with its token in <paramref name="tokens"/>.</param>
public sealed class FailoverStream(
    SiloProcess[] silos, SiloProcess[] survivors, string publishNeed, string titlePrefix,
    IReadOnlyList<string> municipalities, IReadOnlyDictionary<string, string> tokens, string staffToken, int total)
{
    private const int MaxTriesPerMutation = 10;

    private readonly List<AcknowledgedNeed> _acknowledged = [];
    private readonly List<string> _failedReads = [];
    private bool _killed;
    private int _attempts;
    private int _resent;
    private int _reads;
    private TimeSpan _longestRead;
    private TimeSpan _longestMutation;

    public int AcknowledgedCount
    {
        get { lock (_acknowledged) return _acknowledged.Count; }
    }

    public IReadOnlyList<AcknowledgedNeed> Acknowledged
    {
        get { lock (_acknowledged) return _acknowledged.ToList(); }
    }

    /// <summary>Mutations begun (each acknowledged at most once, however often it was sent).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Sends that got no answer and were made again with the same key.</summary>
    public int Resent => Volatile.Read(ref _resent);

    /// <summary>The longest time from a mutation's first send to its acknowledgement.</summary>
    public TimeSpan LongestMutation
    {
        get { lock (_acknowledged) return _longestMutation; }
    }

    public int Reads
    {
        get { lock (_failedReads) return _reads; }
    }

    /// <summary>What went wrong with each read that failed.</summary>
    public IReadOnlyList<string> FailedReads
    {
        get { lock (_failedReads) return _failedReads.ToList(); }
    }

    public TimeSpan LongestRead
    {
        get { lock (_failedReads) return _longestRead; }
    }

    /// <summary>From now on the writers send only to the survivors.</summary>
    public void MarkKilled() => Volatile.Write(ref _killed, true);

    /// <summary>Runs the writers and readers until <c>total</c> mutations are acknowledged, the budget is spent or <paramref name="cancel"/> fires.</summary>
    public async Task RunAsync(TimeSpan budget, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        stop.CancelAfter(budget);
        await Task.WhenAll(WriterAsync(0, stop.Token), WriterAsync(1, stop.Token), ReaderAsync(0, stop.Token), ReaderAsync(1, stop.Token));
    }

    private async Task WriterAsync(int writer, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            int n;
            lock (_acknowledged)
            {
                if (_acknowledged.Count >= total) return;
                n = _attempts++;
            }
            var municipality = municipalities[n % municipalities.Count];
            var (title, key) = ($"{titlePrefix} {n}", Guid.NewGuid().ToString());
            var clock = Stopwatch.StartNew();
            for (var tries = 0; tries < MaxTriesPerMutation && !stop.IsCancellationRequested; tries++)
            {
                var up = Volatile.Read(ref _killed) ? survivors : silos;
                var id = await TryPublishAsync(up[(n + writer + tries) % up.Length], tokens[municipality], title, key);
                if (id is not null)
                {
                    lock (_acknowledged)
                    {
                        _acknowledged.Add(new AcknowledgedNeed(municipality, id, title, Volatile.Read(ref _killed)));
                        if (clock.Elapsed > _longestMutation) _longestMutation = clock.Elapsed;
                    }
                    break;
                }
                Interlocked.Increment(ref _resent);
                await Task.Delay(200);
            }
        }
    }

    private async Task ReaderAsync(int reader, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            AcknowledgedNeed? target;
            lock (_acknowledged)
            {
                if (_acknowledged.Count >= total) return;
                target = _acknowledged.Count == 0 ? null : _acknowledged[(i * 7 + reader) % _acknowledged.Count];
            }
            if (target is null)
            {
                await Task.Delay(50);
                continue;
            }
            var clock = Stopwatch.StartNew();
            var failure = await TryReadAsync(survivors[(i + reader) % survivors.Length], target.Id, target.Municipality);
            lock (_failedReads)
            {
                _reads++;
                if (clock.Elapsed > _longestRead) _longestRead = clock.Elapsed;
                if (failure is not null) _failedReads.Add(failure);
            }
            await Task.Delay(20);
        }
    }

    private async Task<string?> TryPublishAsync(SiloProcess silo, string token, string title, string idempotencyKey)
    {
        try
        {
            var body = await silo.GraphQLAsync(publishNeed, new { t = title }, token, idempotencyKey);
            return body["errors"] is JsonArray { Count: > 0 } ? null : body["data"]?["publishNeed"]?["id"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Null when the read answered the need; otherwise what went wrong.</summary>
    private async Task<string?> TryReadAsync(SiloProcess silo, string id, string municipality)
    {
        try
        {
            var body = await silo.GraphQLAsync("query($id: ID!) { need(id: $id) { id municipality { number } } }", new { id }, staffToken);
            if (body["errors"] is JsonArray { Count: > 0 } errors) return errors.ToJsonString();
            return body["data"]?["need"]?["municipality"]?["number"]?.GetValue<string>() == municipality ? null : $"need {id} not answered";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
