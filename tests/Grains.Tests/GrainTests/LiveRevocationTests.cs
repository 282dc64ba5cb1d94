using Samspill.Grains.Live;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// A consortium topic remembers which connections municipality users subscribed with, in its stored state, so a
/// member that leaves after the topic grain was deactivated is still taken out of the group.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveRevocationTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_revocation_after_deactivation_still_removes_the_municipalitys_connections_and_only_those()
    {
        var topic = LiveTopics.Consortium(Guid.NewGuid().ToString("N"));
        var leaver = $"conn-{Guid.NewGuid():N}";
        var stayer = $"conn-{Guid.NewGuid():N}";
        var grain = fx.Client.GetGrain<ILiveTopicGrain>(topic);
        await fx.As(Callers.Municipality("3407"), _ => grain.Subscribe(leaver, null));
        await fx.As(Callers.Municipality("3403"), _ => grain.Subscribe(stayer, null));

        await fx.Restart(grain);
        await grain.Revoke("3407");

        Assert.Contains((leaver, topic), fx.Broadcaster.Removed);
        Assert.DoesNotContain(fx.Broadcaster.Removed, r => r.ConnectionId == stayer);

        // Revoked once; a second revocation (another leave) finds nothing left to remove.
        await fx.Restart(grain);
        await grain.Revoke("3407");
        Assert.Single(fx.Broadcaster.Removed, r => r.ConnectionId == leaver);
    }

    [Fact]
    public async Task A_connection_that_unsubscribed_is_forgotten_and_other_topics_remember_nothing()
    {
        var topic = LiveTopics.Consortium(Guid.NewGuid().ToString("N"));
        var connection = $"conn-{Guid.NewGuid():N}";
        var grain = fx.Client.GetGrain<ILiveTopicGrain>(topic);
        await fx.As(Callers.Municipality("3407"), _ => grain.Subscribe(connection, null));
        await grain.Forget(connection);
        await fx.Restart(grain);
        await grain.Revoke("3407");
        Assert.DoesNotContain(fx.Broadcaster.Removed, r => r.ConnectionId == connection);

        var municipalityTopic = fx.Client.GetGrain<ILiveTopicGrain>(LiveTopics.Municipality("3407"));
        var other = $"conn-{Guid.NewGuid():N}";
        await fx.As(Callers.Municipality("3407"), _ => municipalityTopic.Subscribe(other, null));
        await municipalityTopic.Revoke("3407");
        Assert.DoesNotContain(fx.Broadcaster.Removed, r => r.ConnectionId == other);
    }
}
