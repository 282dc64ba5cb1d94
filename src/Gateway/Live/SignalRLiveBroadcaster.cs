using Microsoft.AspNetCore.SignalR;
using Samspill.Grains.Live;

namespace Samspill.Gateway.Live;

/// <summary>Pushes topic events to the SignalR group named after the topic (across silos with the Redis backplane).</summary>
public sealed class SignalRLiveBroadcaster(IHubContext<LiveHub> hub) : ILiveBroadcaster
{
    /// <summary>
    /// A connection held by another silo joins through the backplane, which waits up to 30 s for an
    /// acknowledgement that never comes when that silo has died; the topic grain must not stall that long.
    /// </summary>
    public static readonly TimeSpan GroupJoinTimeout = TimeSpan.FromSeconds(5);

    public Task SendAsync(string topic, LiveEvent liveEvent) =>
        hub.Clients.Group(topic).SendAsync("event", LiveMessage.From(liveEvent));

    public Task RemoveFromTopicAsync(string connectionId, string topic) =>
        hub.Groups.RemoveFromGroupAsync(connectionId, topic).WaitAsync(GroupJoinTimeout);

    public async Task AddToTopicAsync(string connectionId, string topic)
    {
        try
        {
            await hub.Groups.AddToGroupAsync(connectionId, topic).WaitAsync(GroupJoinTimeout);
        }
        catch (TimeoutException ex)
        {
            // Subscribe fails and the client subscribes again (through a silo that answers), instead of
            // believing it is subscribed while nothing reaches it.
            throw new TimeoutException($"Joining the connection to {topic} took longer than {GroupJoinTimeout.TotalSeconds:0} s.", ex);
        }
    }
}
