using System.Text.Json;
using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Programme;

namespace Samspill.Grains.Tests.Programme;

/// <summary>The programme's stored states survive the JSON form grain state is stored in.</summary>
public sealed class ProgrammeStoredFormTests
{
    // The very options the silo's grain storage serializer writes with.
    private static readonly JsonSerializerOptions Stored = GrainStateJson.Options;

    private static void AssertRoundTrips<T>(T state)
    {
        var json = JsonSerializer.Serialize(state, Stored);
        var again = JsonSerializer.Serialize(JsonSerializer.Deserialize<T>(json, Stored), Stored);
        Assert.Equal(json, again);
    }

#pragma warning disable CS0618 // the overview's stored lists are only read to move them to the county grains, but old rows must load
    [Fact]
    public void The_overview_state_round_trips()
    {
        var s = new ProgrammeOverviewState();
        s.Municipalities["1874"] = new MunicipalityActivity("1874", 2, 1, [new(2025, 10, 1)], CapabilityRulesTests.Complete(4));
        s.Municipalities["1856"] = new MunicipalityActivity("1856", 0, 0);
        s.Consortia["c"] = new ConsortiumActivity("c", ConsortiumPhase.Competition, "1874", ["1874", "1856"], 7);
        s.DialogueEvents["e"] = new DialogueEventActivity("e", "c", true, 3, 2);
        AssertRoundTrips(s);
        var json = JsonSerializer.Serialize(s, Stored);
        Assert.Contains("\"dimension\":\"IntermunicipalCollaboration\"", json);
        Assert.Equal(CapabilityRulesTests.Complete(4), JsonSerializer.Deserialize<ProgrammeOverviewState>(json, Stored)!.Municipalities["1874"].Capability);
        Assert.Equal(new DialogueEventActivity("e", "c", true, 3, 2), JsonSerializer.Deserialize<ProgrammeOverviewState>(json, Stored)!.DialogueEvents["e"]);
    }
#pragma warning restore CS0618

    [Fact]
    public void A_county_share_of_the_overview_round_trips()
    {
        var s = new ProgrammeCountyState { Version = 3 };
        s.Municipalities["1874"] = new MunicipalityActivity("1874", 2, 1, [new(2025, 10, 1)], CapabilityRulesTests.Complete(4));
        s.Consortia["c"] = new ConsortiumActivity("c", ConsortiumPhase.Competition, "1874", ["1874", "1856"], 7);
        s.DialogueEvents["e"] = new DialogueEventActivity("e", "c", true, 3, 2);
        AssertRoundTrips(s);
    }

    [Fact]
    public void A_county_state_stored_before_it_kept_dialogue_events_loads_with_none()
    {
        var s = new ProgrammeCountyState { Version = 3 };
        s.Municipalities["1874"] = new MunicipalityActivity("1874", 2, 1);
        var json = JsonSerializer.Serialize(s, Stored);
        var old = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        Assert.True(old.Remove(old.Select(p => p.Key).Single(k => k.Equals("DialogueEvents", StringComparison.OrdinalIgnoreCase))));
        var back = JsonSerializer.Deserialize<ProgrammeCountyState>(old.ToJsonString(), Stored)!;
        Assert.Empty(back.DialogueEvents);
        Assert.Equal(3, back.Version);
    }

    [Fact]
    public void A_municipality_with_its_capability_history_round_trips()
    {
        var s = new MunicipalityState();
        s.Statistics[2025] = new(2025, 10, 2);
        s.CapabilityHistory.Add(new CapabilityAssessmentRecord(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), CapabilityRulesTests.Complete(2)));
        AssertRoundTrips(s);
        var back = JsonSerializer.Deserialize<MunicipalityState>(JsonSerializer.Serialize(s, Stored), Stored)!;
        Assert.Equal(2.0, back.CapabilityHistory[0].Average);
    }

    [Fact]
    public void An_activity_log_page_round_trips() =>
        AssertRoundTrips(new ActivityLogPageState { Events = [new LiveEvent("id", LiveTopics.Programme, 1, "NeedPublished", DateTimeOffset.UnixEpoch, "{\"a\":1}")] });
}
