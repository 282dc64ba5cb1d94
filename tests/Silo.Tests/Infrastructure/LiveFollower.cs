using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Samspill.Silo.Tests.Infrastructure;

/// <summary>
/// A live client that follows one topic as contract/live.md tells clients to: events are taken in sequence order,
/// an event already taken is dropped, a gap is filled by Subscribe(topic, last), and after losing its silo it
/// connects to another one and replays from its last sequence.
/// </summary>
public sealed class LiveFollower : IAsyncDisposable
{
    private readonly string _topic;
    private readonly string _token;
    private readonly object _gate = new();
    private readonly SortedDictionary<long, JsonElement> _pending = new();
    private readonly List<JsonElement> _accepted = [];
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HubConnection? _connection;
    private bool _subscribing;

    private LiveFollower(string topic, string token)
    {
        _topic = topic;
        _token = token;
    }

    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(60);

    public SiloProcess Silo { get; private set; } = null!;
    /// <summary>How often Subscribe failed and was tried again.</summary>
    public int Retries { get; private set; }
    /// <summary>Completes when the current connection closes (for example its silo died).</summary>
    public Task Closed => _closed.Task;

    /// <summary>The topic's latest sequence as the last Subscribe answered it.</summary>
    public long LatestAtSubscribe { get; private set; }

    public IReadOnlyList<JsonElement> Accepted
    {
        get { lock (_gate) return _accepted.ToList(); }
    }

    public long LastSequence
    {
        get { lock (_gate) return _accepted.Count == 0 ? 0 : Sequence(_accepted[^1]); }
    }

    /// <summary>Connects to <paramref name="silo"/> and subscribes from the topic's first event.</summary>
    public static async Task<LiveFollower> StartAsync(SiloProcess silo, string token, string topic)
    {
        var follower = new LiveFollower(topic, token);
        await follower.ConnectAsync(silo);
        return follower;
    }

    /// <summary>Connects to another silo and replays what was missed after the last sequence taken; returns the replayed sequences.</summary>
    public async Task<IReadOnlyList<long>> MoveToAsync(SiloProcess silo)
    {
        if (_connection is not null) await _connection.DisposeAsync();
        return await ConnectAsync(silo);
    }

    public async Task WaitForSequenceAsync(long sequence, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (LastSequence < sequence)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{_topic} on silo :{Silo.HttpPort} reached #{LastSequence}, not #{sequence}, within {timeout}.");
            await Task.Delay(100);
        }
    }

    private async Task<IReadOnlyList<long>> ConnectAsync(SiloProcess silo)
    {
        Silo = silo;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo.BaseAddress, "/hubs/live"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(_token))
            .Build();
        connection.On<JsonElement>("event", e => Take([e]));
        connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();
        _connection = connection;
        lock (_gate) _subscribing = true;
        return await SubscribeAsync(LastSequence);
    }

    /// <summary>
    /// Subscribes from <paramref name="after"/>; the caller has set _subscribing. While the cluster has not yet
    /// declared a dead silo dead, the topic's grain may not answer: like a real client, try again for a while.
    /// </summary>
    private async Task<IReadOnlyList<long>> SubscribeAsync(long after)
    {
        List<JsonElement> missed;
        try
        {
            var deadline = DateTime.UtcNow + RetryFor;
            while (true)
            {
                try
                {
                    var result = await _connection!.InvokeAsync<JsonElement>("Subscribe", _topic, after);
                    missed = result.GetProperty("missed").EnumerateArray().Select(e => e.Clone()).ToList();
                    LatestAtSubscribe = result.GetProperty("sequence").GetInt64();
                    break;
                }
                catch (HubException) when (DateTime.UtcNow < deadline)
                {
                    Retries++;
                    await Task.Delay(500);
                }
            }
        }
        finally
        {
            lock (_gate) _subscribing = false;
        }
        Take(missed);
        return missed.Select(Sequence).ToList();
    }

    private void Take(IEnumerable<JsonElement> events)
    {
        lock (_gate)
        {
            foreach (var e in events)
            {
                var sequence = Sequence(e);
                if (sequence > LastSequenceUnlocked()) _pending.TryAdd(sequence, e);
            }
            while (_pending.Count > 0 && _pending.First().Key == LastSequenceUnlocked() + 1)
            {
                var next = _pending.First();
                _accepted.Add(next.Value);
                _pending.Remove(next.Key);
            }
        }
        FillGap();
    }

    /// <summary>An event ahead of the next expected one means some were missed: ask for them by sequence.</summary>
    private void FillGap()
    {
        long after;
        lock (_gate)
        {
            if (_subscribing || _pending.Count == 0 || _connection is null) return;
            _subscribing = true;
            after = LastSequenceUnlocked();
        }
        _ = Task.Run(async () =>
        {
            try
            {
                await SubscribeAsync(after);
            }
            catch (Exception)
            {
                // The connection is gone; the test moves this follower to another silo, which subscribes again.
            }
        });
    }

    private long LastSequenceUnlocked() => _accepted.Count == 0 ? 0 : Sequence(_accepted[^1]);

    private static long Sequence(JsonElement e) => e.GetProperty("sequence").GetInt64();

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
