using System.Text.Json;
using Samspill.Grains.Live;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>What the cluster's broadcaster sent a municipality's topic as partner suggestions, in order.</summary>
public static class PartnerSuggestions
{
    public static IReadOnlyList<JsonElement> SuggestionsTo(this ClusterFixture fx, string municipality) =>
        fx.Broadcaster.Sent(LiveTopics.Municipality(municipality)).Where(e => e.Type == "PartnerSuggested")
            .Select(e => JsonDocument.Parse(e.DataJson).RootElement).ToList();
}
