using Samspill.Grains.Common;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// Dialogue event reports the overview grain stored before the county grains kept them move, on its activation, to
/// the county of their consortium's lead; the overview counts them from there and stores its own list empty. In a
/// cluster of its own, so the figures are this test's alone.
/// </summary>
public sealed class ProgrammeOverviewMoveTests(ClusterFixture fx) : IClassFixture<ClusterFixture>
{
    private const string Bodo = "1804", Bergen = "4601", Trondheim = "5001";

#pragma warning disable CS0618 // the old stored list is what this test seeds and reads back
    [Fact]
    public async Task Dialogue_events_stored_in_the_overview_move_to_their_leads_counties_once()
    {
        var c1 = await fx.CreateConsortium(Bodo);
        var c2 = await fx.CreateConsortium(Bergen);
        // A newer report already in the county wins over the stored one.
        await County(Bodo).ReportDialogueEvent(new DialogueEventActivity("e0", c1, false, 7, 9));

        await SeedAsync(s =>
        {
            s.DialogueEvents["e0"] = new DialogueEventActivity("e0", c1, false, 1, 2);
            s.DialogueEvents["e1"] = new DialogueEventActivity("e1", c1, false, 3, 4);
            s.DialogueEvents["e2"] = new DialogueEventActivity("e2", c2, true, 5, 6);
            // A consortium known only from the same old state: its report moves in the same activation.
            s.Consortia["c-old"] = new ConsortiumActivity("c-old", Consortia.ConsortiumPhase.MarketDialogue, Trondheim, new List<string> { Trondheim }, 1); // a List: the test cluster stores with type names
            s.DialogueEvents["e3"] = new DialogueEventActivity("e3", "c-old", false, 2, 1);
        });

        var moved = await OverviewAsync();
        Assert.Equal((3, 7 + 3 + 2), (moved.DialogueEventsAnnounced, moved.SupplierRegistrations));
        Assert.Equal(["e0", "e1"], Ids(await County(Bodo).Reports()));
        Assert.Equal(7, (await County(Bodo).Reports()).DialogueEvents.Single(e => e.EventId == "e0").ActiveRegistrations);
        Assert.Equal(["e2"], Ids(await County(Bergen).Reports()));
        Assert.Equal(["e3"], Ids(await County(Trondheim).Reports()));
        var stored = await StoredAsync();
        Assert.Empty(stored.DialogueEvents);
        Assert.Empty(stored.Consortia);

        // Once: a restart finds nothing to move and the same figures.
        await fx.Restart(Overview);
        var again = await OverviewAsync();
        Assert.Equal((moved.DialogueEventsAnnounced, moved.SupplierRegistrations), (again.DialogueEventsAnnounced, again.SupplierRegistrations));

        // A report whose consortium no county and no directory knows stays stored, and counted, until it can be placed.
        await SeedAsync(s => s.DialogueEvents["e4"] = new DialogueEventActivity("e4", "c-nowhere", false, 1, 1));
        var waiting = await OverviewAsync();
        Assert.Equal((moved.DialogueEventsAnnounced + 1, moved.SupplierRegistrations + 1), (waiting.DialogueEventsAnnounced, waiting.SupplierRegistrations));
        Assert.Equal(["e4"], (await StoredAsync()).DialogueEvents.Keys);
    }

    private IProgrammeOverviewGrain Overview => fx.Client.GetGrain<IProgrammeOverviewGrain>(0);

    private IProgrammeCountyGrain County(string municipality) =>
        fx.Client.GetGrain<IProgrammeCountyGrain>(TestCatalog.Instance.Municipality(municipality)!.CountyNumber);

    private static List<string> Ids(CountyReports reports) => reports.DialogueEvents.Select(e => e.EventId).Order(StringComparer.Ordinal).ToList();

    private Task<ProgrammeOverview> OverviewAsync() => fx.As(Callers.Programme, c => c.GetGrain<IProgrammeOverviewGrain>(0).GetOverview());

    /// <summary>Writes the overview's stored state as an older version left it, with the grain deactivated.</summary>
    private async Task SeedAsync(Action<ProgrammeOverviewState> old)
    {
        await fx.Restart(Overview);
        var state = await fx.ReadStoredAsync<ProgrammeOverviewState>("programme", Overview.GetGrainId());
        state.State ??= new ProgrammeOverviewState();
        old(state.State);
        await fx.Storage.WriteStateAsync("programme", Overview.GetGrainId(), state);
    }

    private async Task<ProgrammeOverviewState> StoredAsync()
    {
        var state = await fx.ReadStoredAsync<ProgrammeOverviewState>("programme", Overview.GetGrainId());
        return state.State ?? new ProgrammeOverviewState();
    }
#pragma warning restore CS0618
}
