using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>Announcing, registering for and cancelling dialogue events on a real cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DialogueEventTests(ClusterFixture fx)
{
    [Fact]
    public async Task An_announced_event_is_public_and_makes_its_consortium_visible_to_suppliers_and_the_public()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification);
        Assert.Null(await fx.As(Callers.Anonymous, c => c.GetGrain<IConsortiumGrain>(id).GetView()));

        var e = await fx.Announce(id, lead);

        Assert.Equal((DialogueEventStatus.Announced, 0, id), (e.Status, e.RegistrationCount, e.ConsortiumId));
        Assert.Equal(e.Id, (await fx.Event(e.Id))!.Id);
        var publicView = (await fx.As(Callers.Anonymous, c => c.GetGrain<IConsortiumGrain>(id).GetView()))!;
        Assert.Equal([e.Id], publicView.DialogueEventIds);
        Assert.Contains(e.Id, (await fx.As(Callers.Anonymous, c => DialogueEventDirectory.ListAsync(c, TestCatalog.Instance))).Select(x => x.Id));
        // The members, the public view and the programme hear it; the event's own topic too.
        Assert.Contains(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), x => x.Type == "DialogueEventAnnounced");
        Assert.Contains(fx.Broadcaster.Sent(LiveTopics.PublicView(LiveTopics.Consortium(id))), x => x.Type == "DialogueEventAnnounced");
        Assert.Contains(fx.Broadcaster.Sent(LiveTopics.Programme), x => x.Type == "DialogueEventAnnounced" && x.DataJson.Contains(e.Id));
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type == "DialogueEventAnnounced");
    }

    [Fact]
    public async Task Only_the_lead_announces_and_only_in_the_dialogue_phases()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.Forming);
        await Refused.Rule(Rules.DialogueWindow, () => fx.Announce(id, lead));
        await fx.Advance(id, lead, ConsortiumPhase.NeedsClarification);
        await Refused.Rule(Rules.LeadOnly, () => fx.Announce(id, member));
        // Announcing is a municipality user's: a supplier is refused by its role before the consortium is looked at, so
        // the answer says nothing about whether it exists.
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Supplier(OrgNumbers.Next()), c => c.GetGrain<IConsortiumDialogueGrain>(id).AnnounceDialogueEvent(fx.Announcement())));
        await Refused.With(ErrorCodes.Forbidden, () => fx.As(Callers.Programme, c => c.GetGrain<IConsortiumDialogueGrain>(id).AnnounceDialogueEvent(fx.Announcement())));
        await Refused.With(ErrorCodes.ValidationFailed, () => fx.Announce(id, lead, fx.Announcement() with { Title = "x" }));

        Assert.Empty((await fx.Consortium(id, lead, g => g.GetView()))!.DialogueEventIds);
    }

    [Fact]
    public async Task A_repeated_registration_counts_once_and_the_supplier_keeps_a_copy()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead);
        var org = await fx.Supplier();

        await fx.Register(org, e.Id, 2);
        await fx.Register(org, e.Id, 2);
        var updated = await fx.Register(org, e.Id, 3);

        var view = (await fx.Event(e.Id))!;
        Assert.Equal((1, 3), (view.RegistrationCount, view.AttendeeCount));
        var copy = Assert.Single((await fx.AsSupplier(org, g => g.GetView()))!.Registrations);
        Assert.Equal((e.Id, 3, false), (copy.EventId, copy.Attendees, copy.Cancelled));
        Assert.Equal(updated.RegisteredAt, copy.RegisteredAt);
    }

    [Fact]
    public async Task Registration_beyond_capacity_is_refused_and_changes_nothing()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead, fx.Announcement(capacity: 4));
        var first = await fx.Supplier();
        var second = await fx.Supplier();
        await fx.Register(first, e.Id, 3);

        await Refused.Rule(Rules.RegistrationWindow, () => fx.Register(second, e.Id, 2));

        var view = (await fx.Event(e.Id))!;
        Assert.Equal((1, 3), (view.RegistrationCount, view.AttendeeCount));
        Assert.Empty((await fx.AsSupplier(second, g => g.GetView()))!.Registrations);
        await fx.Register(second, e.Id, 1);
    }

    [Fact]
    public async Task Registration_after_the_deadline_is_refused_and_the_status_follows_the_clock()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead, fx.Announcement(deadlineIn: TimeSpan.FromDays(1)));
        var early = await fx.Supplier();
        var late = await fx.Supplier();
        await fx.Register(early, e.Id);

        using (fx.Clock.Shift(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1)))
        {
            await Refused.Rule(Rules.RegistrationWindow, () => fx.Register(late, e.Id));
            Assert.Equal(DialogueEventStatus.RegistrationClosed, (await fx.Event(e.Id))!.Status);
        }
        using (fx.Clock.Shift(TimeSpan.FromDays(4)))
            Assert.Equal(DialogueEventStatus.Held, (await fx.Event(e.Id))!.Status);
        Assert.Equal((DialogueEventStatus.Announced, 1), ((await fx.Event(e.Id))!.Status, (await fx.Event(e.Id))!.RegistrationCount));
    }

    [Fact]
    public async Task A_deadline_that_passed_while_the_grain_was_away_is_told_once_to_the_event_and_consortium_topics()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead, fx.Announcement(deadlineIn: TimeSpan.FromDays(1)));
        var grain = fx.Client.GetGrain<IDialogueEventGrain>(e.Id);
        await fx.Restart(grain);

        using (fx.Clock.Shift(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1)))
        {
            // The first call after the deadline activates the grain, which tells what fell due while it was away.
            Assert.Equal(DialogueEventStatus.RegistrationClosed, (await fx.Event(e.Id))!.Status);
            await fx.Restart(grain);
            await fx.Event(e.Id);
        }

        foreach (var topic in new[] { LiveTopics.Dialogue(e.Id), LiveTopics.Consortium(id) })
        {
            var told = Assert.Single(fx.Broadcaster.Sent(topic), x => x.Type == "DialogueEventRegistrationClosed");
            Assert.Contains(e.Id, told.DataJson);
            Assert.Contains("\"status\":\"REGISTRATION_CLOSED\"", told.DataJson);
            Assert.DoesNotContain(fx.Broadcaster.Sent(topic), x => x.Type == "DialogueEventEnded");
        }
    }

    [Fact]
    public async Task The_day_before_the_deadline_registered_and_following_suppliers_are_reminded_once_and_nobody_else()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var follower = await fx.Supplier((FollowKind.Cpv, "48000000-8"));
        var registered = await fx.Supplier();
        var outsider = await fx.Supplier((FollowKind.Cpv, "45000000-7"));
        var e = await fx.Announce(id, lead, fx.Announcement(deadlineIn: TimeSpan.FromDays(3)));
        await fx.Register(registered, e.Id);
        var grain = fx.Client.GetGrain<IDialogueEventGrain>(e.Id);
        await fx.Restart(grain);

        using (fx.Clock.Shift(TimeSpan.FromDays(1)))
        {
            await fx.Event(e.Id);
            Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(registered)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
            await fx.Restart(grain);
        }
        using (fx.Clock.Shift(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1)))
        {
            // Activation tells what fell due while the grain was away; a second activation tells nothing again.
            Assert.Equal(DialogueEventStatus.Announced, (await fx.Event(e.Id))!.Status);
            await fx.Restart(grain);
            await fx.Event(e.Id);
        }

        foreach (var org in new[] { follower, registered })
        {
            var told = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
            Assert.Contains(e.Id, told.DataJson);
            Assert.Contains("registrationDeadline", told.DataJson);
            Assert.StartsWith($"{e.Id}:{TimedNoticeRules.DeadlineReminder}", told.EventId);
        }
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(outsider)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
        // The reminder is for the suppliers; the event's public topic and the members are not reminded.
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
    }

    [Fact]
    public async Task A_reminder_missed_until_after_the_deadline_is_not_sent_late()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var registered = await fx.Supplier();
        var e = await fx.Announce(id, lead, fx.Announcement(deadlineIn: TimeSpan.FromDays(3)));
        await fx.Register(registered, e.Id);
        var grain = fx.Client.GetGrain<IDialogueEventGrain>(e.Id);
        await fx.Restart(grain);

        using (fx.Clock.Shift(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1)))
            Assert.Equal(DialogueEventStatus.RegistrationClosed, (await fx.Event(e.Id))!.Status);

        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type == "DialogueEventRegistrationClosed");
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(registered)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
    }

    [Fact]
    public async Task A_cancelled_event_tells_no_timed_notice()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var registered = await fx.Supplier();
        var e = await fx.Announce(id, lead, fx.Announcement(deadlineIn: TimeSpan.FromDays(3)));
        await fx.Register(registered, e.Id);
        await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Flyttet til våren"));
        var grain = fx.Client.GetGrain<IDialogueEventGrain>(e.Id);
        await fx.Restart(grain);

        using (fx.Clock.Shift(TimeSpan.FromDays(30)))
            Assert.Equal(DialogueEventStatus.Cancelled, (await fx.Event(e.Id))!.Status);

        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type is "DialogueEventRegistrationClosed" or "DialogueEventEnded");
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.Supplier(registered)), x => x.Type == "DialogueEventRegistrationDeadlineSoon");
    }

    [Fact]
    public async Task Registrations_are_seen_by_members_programme_staff_and_each_supplier_its_own()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead);
        var a = await fx.Supplier();
        var b = await fx.Supplier();
        await fx.Register(a, e.Id);
        await fx.Register(b, e.Id);

        Task<IReadOnlyList<RegistrationRecord>> As(Caller caller) => fx.As(caller, c => c.GetGrain<IDialogueEventGrain>(e.Id).GetRegistrations());
        Assert.Equal(2, (await As(Callers.Municipality(member))).Count);
        Assert.Equal(2, (await As(Callers.Programme)).Count);
        Assert.Equal([a], (await As(Callers.Supplier(a))).Select(r => r.Supplier));
        Assert.Empty(await As(Callers.Supplier(OrgNumbers.Next())));
        Assert.Empty(await As(Callers.Municipality(Kommuner.Next())));
        Assert.Empty(await As(Callers.Anonymous));
    }

    [Fact]
    public async Task Cancelling_tells_followers_and_registered_suppliers_and_the_programme_counts_go_down()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue, cpv: "79400000-8");
        var follower = await fx.Supplier((FollowKind.Municipality, member));
        var registered = await fx.Supplier();
        var before = await Overview();

        var e = await fx.Announce(id, lead);
        await fx.Register(registered, e.Id, 2);
        var during = await Overview();
        Assert.Equal((before.DialogueEventsAnnounced + 1, before.SupplierRegistrations + 1), (during.DialogueEventsAnnounced, during.SupplierRegistrations));

        await Refused.Rule(Rules.LeadOnly, () => fx.As(Callers.Municipality(member), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Nei")));
        var cancelled = await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Too few registrations"));
        Assert.Equal(DialogueEventStatus.Cancelled, cancelled.Status);
        var again = await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Igjen"));
        Assert.Equal("Too few registrations", again.CancelReason);

        foreach (var org in new[] { follower, registered })
            Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(org)), x => x.Type == "DialogueEventCancelled" && x.DataJson.Contains("Too few registrations"));
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Programme), x => x.Type == "DialogueEventCancelled" && x.DataJson.Contains(e.Id));
        await Refused.Rule(Rules.RegistrationWindow, () => fx.Register(follower, e.Id));
        var after = await Overview();
        Assert.Equal((before.DialogueEventsAnnounced, before.SupplierRegistrations), (after.DialogueEventsAnnounced, after.SupplierRegistrations));
    }

    [Fact]
    public async Task A_cancelled_registration_is_no_longer_counted_anywhere()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead);
        var org = await fx.Supplier();
        await fx.Register(org, e.Id, 2);
        var before = await Overview();

        var cancelled = await fx.As(Callers.Supplier(org), c => c.GetGrain<IDialogueEventGrain>(e.Id).CancelRegistration());

        Assert.True(cancelled.Cancelled);
        Assert.Equal((0, 0), ((await fx.Event(e.Id))!.RegistrationCount, (await fx.Event(e.Id))!.AttendeeCount));
        Assert.True(Assert.Single((await fx.AsSupplier(org, g => g.GetView()))!.Registrations).Cancelled);
        Assert.Equal(before.SupplierRegistrations - 1, (await Overview()).SupplierRegistrations);
        Assert.Contains(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type == "RegistrationCancelled" && x.DataJson.Contains("\"registrationCount\":0"));
        await Refused.With(ErrorCodes.NotFound, () => fx.As(Callers.Supplier(org), c => c.GetGrain<IDialogueEventGrain>(e.Id).CancelRegistration()));
    }

    [Fact]
    public async Task The_public_event_topic_carries_the_count_and_never_who_registered()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var e = await fx.Announce(id, lead);
        var org = await fx.Supplier();
        await fx.Register(org, e.Id);

        var onEvent = Assert.Single(fx.Broadcaster.Sent(LiveTopics.Dialogue(e.Id)), x => x.Type == "SupplierRegistered");
        Assert.DoesNotContain(org, onEvent.DataJson);
        Assert.Contains(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), x => x.Type == "SupplierRegistered" && x.DataJson.Contains(org));
        Assert.DoesNotContain(fx.Broadcaster.Sent(LiveTopics.PublicView(LiveTopics.Consortium(id))), x => x.DataJson.Contains(org));
    }

    [Fact]
    public async Task Cancelling_the_consortium_calls_off_its_open_events_and_tells_their_registered_suppliers()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var open = await fx.Announce(id, lead);
        var alreadyCancelled = await fx.Announce(id, lead);
        await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(alreadyCancelled.Id, "Earlier reason"));
        var registered = await fx.Supplier();
        await fx.Register(registered, open.Id);

        await fx.Advance(id, lead, ConsortiumPhase.Cancelled);

        Assert.Equal(DialogueEventStatus.Cancelled, (await fx.Event(open.Id))!.Status);
        Assert.Equal(DialogueRules.ConsortiumCancelledReason, (await fx.Event(open.Id))!.CancelReason);
        Assert.Equal("Earlier reason", (await fx.Event(alreadyCancelled.Id))!.CancelReason);
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Supplier(registered)), x => x.Type == "DialogueEventCancelled");
        // One cancellation per event on the consortium's record, not two for the one cancelled before.
        var timeline = (await fx.Consortium(id, lead, g => g.GetView()))!.Timeline;
        Assert.Equal(2, timeline.Count(t => t.Type == "DialogueEventCancelled"));
        await Refused.Rule(Rules.RegistrationWindow, () => fx.Register(registered, open.Id, 2));
    }

    private Task<ProgrammeOverview> Overview() => fx.As(Callers.Programme, c => c.GetGrain<IProgrammeOverviewGrain>(0).GetOverview());
}
