using System.Text.Json;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>The live events a consortium's changes produce, as the broadcaster receives them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsortiumLiveEventsTests(ClusterFixture fx)
{
    [Fact]
    public async Task Consortium_events_are_pushed_in_order_with_contiguous_sequences_from_1()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, leadNeed.Id);
        await fx.Join(id, lead, member);
        var memberNeed = await fx.PublishNeed(member);
        await fx.Consortium(id, member, g => g.PoolNeed(memberNeed.Id));
        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);
        await fx.Advance(id, lead, ConsortiumPhase.MarketDialogue);
        await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak 3/2025"));
        await fx.Advance(id, lead, ConsortiumPhase.Competition);

        var sent = fx.Broadcaster.Sent(LiveTopics.Consortium(id));
        Assert.Equal(
            ["ConsortiumCreated", "NeedPooled", "MemberInvited", "MemberJoined", "NeedPooled",
             "PhaseChanged", "PhaseChanged", "AuthorizationRecorded", "PhaseChanged"],
            sent.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(1, sent.Count).Select(i => (long)i), sent.Select(e => e.Sequence));
        Assert.Equal(sent.Count, sent.Select(e => e.EventId).Distinct().Count());

        // Every event names its consortium, in the contract's camelCase.
        Assert.All(sent, e => Assert.Equal(id, JsonDocument.Parse(e.DataJson).RootElement.GetProperty("consortiumId").GetString()));
        var lastPhase = JsonDocument.Parse(sent[^1].DataJson).RootElement;
        Assert.Equal(("MARKET_DIALOGUE", "COMPETITION"), (lastPhase.GetProperty("from").GetString(), lastPhase.GetProperty("to").GetString()));
    }

    [Fact]
    public async Task The_public_stream_carries_only_phase_changes_with_its_own_sequence()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var need = await fx.PublishNeed(lead);
        var id = await fx.CreateConsortium(lead, need.Id);
        await fx.Join(id, lead, member);
        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);
        await fx.Advance(id, lead, ConsortiumPhase.Cancelled);

        var published = fx.Broadcaster.Sent(LiveTopics.PublicView(LiveTopics.Consortium(id)));
        Assert.Equal(["PhaseChanged", "PhaseChanged"], published.Select(e => e.Type));
        Assert.Equal([1L, 2L], published.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_subscriber_that_missed_events_gets_exactly_those_back()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        var topic = fx.Client.GetGrain<ILiveTopicGrain>(LiveTopics.Consortium(id));
        var seen = (await topic.Subscribe(null, null)).Sequence;

        await fx.Join(id, lead, member);
        await fx.Consortium(id, member, g => g.RecordAuthorization("Vedtak"));

        var replay = await topic.Subscribe(null, seen);
        Assert.Equal(["MemberInvited", "MemberJoined", "AuthorizationRecorded"], replay.Missed.Select(e => e.Type));
        Assert.Equal(fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Skip((int)seen), replay.Missed);
        Assert.Equal(replay.Missed[^1].Sequence, replay.Sequence);
    }

    [Fact]
    public async Task A_refused_command_pushes_nothing()
    {
        var lead = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        var before = fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Count;

        await Refused.Rule(Rules.PhaseOrder, () => fx.Advance(id, lead, ConsortiumPhase.NeedsClarification));
        await Refused.Rule(Rules.LeadOnly, () => fx.Consortium(id, Kommuner.Next(), g => g.Invite(lead, null)));

        Assert.Equal(before, fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Count);
    }

    [Fact]
    public async Task The_invited_municipality_hears_of_its_invitation_on_its_own_topic()
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var id = await fx.CreateConsortium(lead);
        await fx.Consortium(id, lead, g => g.Invite(member, null));

        var heard = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Municipality(member)));
        Assert.Equal(("MemberInvited", 1L), (heard.Type, heard.Sequence));
        Assert.Equal(id, JsonDocument.Parse(heard.DataJson).RootElement.GetProperty("consortiumId").GetString());
    }
}
