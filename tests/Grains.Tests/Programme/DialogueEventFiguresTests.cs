using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// Dialogue events report to the county grain of their consortium's lead, never to the one overview grain: the
/// figures follow announcing, registering and cancelling, and the programme topic hears of an announcement or a
/// cancellation only once the figures show it (the dashboard reads them again on the event).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DialogueEventFiguresTests(ClusterFixture fx)
{
    [Fact]
    public async Task An_event_is_counted_in_the_county_of_its_lead_through_registrations_and_cancellation()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var a = await fx.Supplier();
        var b = await fx.Supplier();
        var before = await Overview();

        var e = await fx.Announce(id, lead);
        Assert.Equal((false, 0), await ReportOf(e.Id, lead));
        var announced = await Overview();
        Assert.Equal((before.DialogueEventsAnnounced + 1, before.SupplierRegistrations), (announced.DialogueEventsAnnounced, announced.SupplierRegistrations));

        await fx.Register(a, e.Id, 2);
        await fx.Register(b, e.Id);
        Assert.Equal((false, 2), await ReportOf(e.Id, lead));
        Assert.Equal(before.SupplierRegistrations + 2, (await Overview()).SupplierRegistrations);

        await fx.As(Callers.Supplier(b), c => c.GetGrain<IDialogueEventGrain>(e.Id).CancelRegistration());
        Assert.Equal((false, 1), await ReportOf(e.Id, lead));
        Assert.Equal(before.SupplierRegistrations + 1, (await Overview()).SupplierRegistrations);

        await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Flyttet til våren"));
        Assert.Equal((true, 1), await ReportOf(e.Id, lead));
        var cancelled = await Overview();
        Assert.Equal((before.DialogueEventsAnnounced, before.SupplierRegistrations), (cancelled.DialogueEventsAnnounced, cancelled.SupplierRegistrations));

        // Stored where it is kept: the same after the county grain and the overview come back from storage.
        await fx.Restart(fx.Client.GetGrain<IProgrammeCountyGrain>(CountyOf(lead)));
        await fx.Restart(fx.Client.GetGrain<IProgrammeOverviewGrain>(0));
        Assert.Equal((true, 1), await ReportOf(e.Id, lead));
        var restarted = await Overview();
        Assert.Equal((cancelled.DialogueEventsAnnounced, cancelled.SupplierRegistrations), (restarted.DialogueEventsAnnounced, restarted.SupplierRegistrations));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_programme_hears_of_an_announcement_and_a_cancellation_after_the_figures_show_them(bool reportFailsOnce)
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.MarketDialogue);
        var seen = new List<(string Type, string Data, IReadOnlyList<DialogueEventActivity> Reports)>();
        fx.Broadcaster.OnSend = async (topic, ev) =>
        {
            if (topic != LiveTopics.Programme || !ev.Type.StartsWith("DialogueEvent", StringComparison.Ordinal)) return;
            var county = await fx.Client.GetGrain<IProgrammeCountyGrain>(CountyOf(lead)).Reports();
            lock (seen) seen.Add((ev.Type, ev.DataJson, county.DialogueEvents));
        };
        DialogueEventView e;
        try
        {
            // The report after the event grain's write fails once (its delivery is then retried on a timer): the event
            // grain reports again before it answers the consortium, which tells the programme only after that.
            if (reportFailsOnce) fx.Faults.Arm(FaultPoints.DialogueEventWritten);
            e = await fx.Announce(id, lead);
            if (reportFailsOnce) fx.Faults.Arm(FaultPoints.DialogueEventWritten);
            await fx.As(Callers.Municipality(lead), c => c.GetGrain<IConsortiumDialogueGrain>(id).CancelDialogueEvent(e.Id, "Avlyst"));
        }
        finally
        {
            fx.Broadcaster.OnSend = null;
        }

        (string Type, string Data, IReadOnlyList<DialogueEventActivity> Reports) Heard(string type)
        {
            lock (seen) return Assert.Single(seen, s => s.Type == type && s.Data.Contains(e.Id, StringComparison.Ordinal));
        }
        Assert.False(Assert.Single(Heard("DialogueEventAnnounced").Reports, r => r.EventId == e.Id).Cancelled);
        Assert.True(Assert.Single(Heard("DialogueEventCancelled").Reports, r => r.EventId == e.Id).Cancelled);
    }

    private Task<ProgrammeOverview> Overview() =>
        fx.As(Callers.Programme, c => c.GetGrain<IProgrammeOverviewGrain>(0).GetOverview());

    private static string CountyOf(string municipality) => TestCatalog.Instance.Municipality(municipality)!.CountyNumber;

    /// <summary>The event's one report among all 15 counties, which must be the lead's county.</summary>
    private async Task<(bool Cancelled, int ActiveRegistrations)> ReportOf(string eventId, string lead)
    {
        var counties = TestCatalog.Instance.Counties.Select(c => c.Number).ToList();
        var reports = await Task.WhenAll(counties.Select(c => fx.Client.GetGrain<IProgrammeCountyGrain>(c).Reports()));
        var holders = counties.Zip(reports).Where(x => x.Second.DialogueEvents.Any(r => r.EventId == eventId)).ToList();
        var (county, held) = Assert.Single(holders);
        Assert.Equal(CountyOf(lead), county);
        var report = held.DialogueEvents.Single(r => r.EventId == eventId);
        return (report.Cancelled, report.ActiveRegistrations);
    }
}
