using Samspill.Gateway.Live;

namespace Samspill.Gateway.Tests.Live;

/// <summary>One connection's topic → stream map.</summary>
public sealed class ConnectionTopicsTests
{
    [Fact]
    public void Set_adds_or_replaces_and_remove_takes_out_only_that_topic()
    {
        var topics = new ConnectionTopics();
        topics.Set("consortium/a", "consortium/a");
        topics.Set("municipality/1804", "municipality/1804/public");
        topics.Set("municipality/1804", "municipality/1804");

        Assert.Equal(2, topics.Count);
        Assert.True(topics.TryGetValue("municipality/1804", out var stream));
        Assert.Equal("municipality/1804", stream);
        Assert.Equal(["consortium/a", "municipality/1804"], topics.Streams);

        Assert.True(topics.TryRemove("consortium/a", out var removed));
        Assert.Equal("consortium/a", removed);
        Assert.False(topics.TryRemove("consortium/a", out _));
        Assert.False(topics.TryGetValue("consortium/a", out _));
        Assert.Equal(["municipality/1804"], topics.Streams);
    }
}
