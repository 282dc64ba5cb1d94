using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Samspill.Grains.Live;

namespace Samspill.Gateway.Live;

/// <summary>The live hub at /hubs/live: Subscribe with replay by sequence, Unsubscribe.</summary>
public sealed class LiveHub(IGrainFactory grains, TopicAccess access) : Hub
{
    public const string Path = "/hubs/live";
    public const int MaxSubscriptionsPerConnection = 100;
    public const int MaxTopicLength = 200;

    // Per connection: requested topic → the stream (group) it was granted.
    private static readonly ConcurrentDictionary<string, ConnectionTopics> Subscriptions = new();

    public async Task<SubscribeResult> Subscribe(string topic, long? afterSequence)
    {
        if (string.IsNullOrEmpty(topic) || topic.Length > MaxTopicLength)
            throw new HubException("NOT_FOUND: there is no such topic.");
        var mine = Subscriptions.GetOrAdd(Context.ConnectionId, _ => new());
        if (!mine.TryGetValue(topic, out _) && mine.Count >= MaxSubscriptionsPerConnection)
            throw new HubException($"RATE_LIMITED: at most {MaxSubscriptionsPerConnection} topics per connection.");

        // LiveCallFilter has set the caller for this call.
        var caller = CallerContext.Current;
        string stream;
        try
        {
            stream = await access.ResolveAsync(caller, topic);
        }
        catch (DomainException ex)
        {
            throw new HubException(ex.Message);
        }
        if (mine.TryGetValue(topic, out var previous) && previous != stream)
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, previous);
        mine.Set(topic, stream);

        // The topic grain notes who subscribed, so the subscription can be withdrawn when access ends.
        var replay = await grains.GetGrain<ILiveTopicGrain>(stream).Subscribe(Context.ConnectionId, afterSequence);
        var missed = await ReplayVisibility.FilterAsync(grains, replay.Missed);
        return new SubscribeResult(topic, replay.Sequence, missed.Select(LiveMessage.From).ToList());
    }

    public async Task Unsubscribe(string topic)
    {
        if (Subscriptions.TryGetValue(Context.ConnectionId, out var mine) && mine.TryRemove(topic ?? "", out var stream))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, stream);
            if (Revocable(stream)) await grains.GetGrain<ILiveTopicGrain>(stream).Forget(Context.ConnectionId);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // Topic grains that remember this connection for a later revocation may forget it now.
        if (Subscriptions.TryRemove(Context.ConnectionId, out var mine))
            await Task.WhenAll(mine.Streams.Where(Revocable).Select(s => grains.GetGrain<ILiveTopicGrain>(s).Forget(Context.ConnectionId)));
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Streams whose topic grain remembers municipality connections (a consortium's full topic).</summary>
    private static bool Revocable(string stream) =>
        stream.StartsWith(LiveTopics.Kinds.Consortium + "/", StringComparison.Ordinal) && LiveTopics.TopicOf(stream) == stream;
}
