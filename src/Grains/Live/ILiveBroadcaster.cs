namespace Samspill.Grains.Live;

/// <summary>The edge's push channel (SignalR in the gateway); grains reach connections only through it.</summary>
public interface ILiveBroadcaster
{
    Task SendAsync(string topic, LiveEvent liveEvent);

    /// <summary>Adds a connection to a topic's group; called from inside the topic grain so no event slips between.</summary>
    Task AddToTopicAsync(string connectionId, string topic);

    /// <summary>Takes a connection out of a topic's group.</summary>
    Task RemoveFromTopicAsync(string connectionId, string topic);
}

/// <summary>A broadcaster for hosts without live clients (grain tests, tools).</summary>
public sealed class NoLiveBroadcaster : ILiveBroadcaster
{
    public Task SendAsync(string topic, LiveEvent liveEvent) => Task.CompletedTask;
    public Task AddToTopicAsync(string connectionId, string topic) => Task.CompletedTask;
    public Task RemoveFromTopicAsync(string connectionId, string topic) => Task.CompletedTask;
}
