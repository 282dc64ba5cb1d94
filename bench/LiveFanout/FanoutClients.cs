using System.Diagnostics;
using MessagePack;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Samspill.Bench.LiveFanout;

/// <summary>The head of a live `event`: all a subscriber here reads, the rest is skipped by either protocol.</summary>
[MessagePackObject]
public sealed class EventHead
{
    [Key("sequence")] public long Sequence { get; set; }
    [Key("type")] public string? Type { get; set; }
}

/// <summary>The head of a Subscribe answer.</summary>
[MessagePackObject]
public sealed class SubscribedHead
{
    [Key("sequence")] public long Sequence { get; set; }
}

/// <summary>
/// Many hub connections in this one process, all subscribed to one topic, recording when each event (a slot, told
/// apart by its sequence) reached each connection.
/// </summary>
public sealed class FanoutClients(Uri hubUrl, string? token, bool messagePack) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private long[][] _arrivals = [];
    private int[] _remaining = [];
    private TaskCompletionSource[] _complete = [];
    private Func<long, int> _slotOf = _ => -1;

    public int Count => _connections.Count;

    /// <summary>Prepares <paramref name="slots"/> events; <paramref name="slotOf"/> maps a received sequence to its slot (or -1).</summary>
    public void Expect(int slots, Func<long, int> slotOf)
    {
        _arrivals = Enumerable.Range(0, slots).Select(_ => new long[_connections.Count]).ToArray();
        _remaining = Enumerable.Repeat(_connections.Count, slots).ToArray();
        _complete = Enumerable.Range(0, slots).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        _slotOf = slotOf;
    }

    public long[] Arrivals(int slot) => _arrivals[slot];
    public Task Complete(int slot) => _complete[slot].Task;

    /// <summary>Opens <paramref name="count"/> connections, <paramref name="parallel"/> at a time, each subscribed to <paramref name="topic"/>.</summary>
    public async Task ConnectAsync(int count, int parallel, string topic)
    {
        var connections = new HubConnection[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (index, _) =>
        {
            var builder = new HubConnectionBuilder().WithUrl(hubUrl, o =>
            {
                // Straight to the WebSocket: no negotiate request, and no HttpClient per connection.
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            });
            if (messagePack) builder.AddMessagePackProtocol();
            var connection = builder.Build();
            connection.ServerTimeout = TimeSpan.FromMinutes(5);
            connection.On<EventHead>("event", e => Arrived(index, e));
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await connection.StartAsync();
                    await connection.InvokeAsync<SubscribedHead>("Subscribe", topic, null);
                    break;
                }
                catch (Exception) when (attempt < 3)
                {
                    await connection.StopAsync();
                    await Task.Delay(500 * attempt);
                }
            }
            connections[index] = connection;
        });
        _connections.AddRange(connections);
    }

    private void Arrived(int connection, EventHead e)
    {
        var at = Stopwatch.GetTimestamp();
        var slot = _slotOf(e.Sequence);
        if (slot < 0 || slot >= _arrivals.Length) return;
        _arrivals[slot][connection] = at;
        if (Interlocked.Decrement(ref _remaining[slot]) == 0) _complete[slot].TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(_connections, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (c, _) => await c.DisposeAsync());
        _connections.Clear();
    }
}
