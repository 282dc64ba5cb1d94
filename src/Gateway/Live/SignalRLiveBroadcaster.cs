using Microsoft.AspNetCore.SignalR;
using Samspill.Grains.Live;

namespace Samspill.Gateway.Live;

/// <summary>Pushes topic events to the SignalR group named after the topic (across silos with the Redis backplane).</summary>
public sealed class SignalRLiveBroadcaster(IHubContext<LiveHub> hub) : ILiveBroadcaster
{
    public Task SendAsync(string topic, LiveEvent liveEvent) =>
        hub.Clients.Group(topic).SendAsync("event", LiveMessage.From(liveEvent));

    public Task AddToTopicAsync(string connectionId, string topic) =>
        hub.Groups.AddToGroupAsync(connectionId, topic);
}
