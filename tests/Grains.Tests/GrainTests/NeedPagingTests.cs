using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// A municipality's needs live in pages of their own records, its own record holding only the latest changes, so a
/// publish rewrites a few needs however many the municipality has; nothing moves to a page before it is acknowledged.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NeedPagingTests(ClusterFixture fx)
{
    [Fact]
    public async Task Many_needs_are_stored_in_pages_and_all_of_them_survive_a_restart_with_their_changes()
    {
        var number = Kommuner.Next();
        var published = new List<NeedRecord>();
        for (var i = 0; i < 35; i++) published.Add(await fx.PublishNeed(number, value: 1_000 + i));
        var renamed = await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = published[0].Id, Title = "Renamed after paging" }));

        var stored = await ReadStoredAsync(number);
        Assert.InRange(stored.Needs.Count, 1, MunicipalityGrain.NeedsBeforePaging);
        Assert.InRange(stored.NeedPageCount, 3, 4);
        var pages = await ReadPagesAsync("municipality", number, "municipality-needs", stored.NeedPageCount);
        Assert.All(pages, p => Assert.InRange(p.Count, 1, MunicipalityGrain.NeedsPerPage));

        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
        var needs = await fx.Own(number, g => g.GetNeeds(false));
        Assert.Equal(published.Select(n => n.Id), needs.Select(n => n.Id));
        Assert.Equal("Renamed after paging", needs[0].Title);
        Assert.Equal(renamed.UpdatedAt, needs[0].UpdatedAt);
        Assert.Equal(published.Skip(1).Select(n => n.EstimatedValueNok), needs.Skip(1).Select(n => n.EstimatedValueNok));

        // The county index's copies are paged too, and read back whole.
        var part = fx.Client.GetGrain<INeedIndexPartGrain>(number);
        await fx.Restart(part);
        Assert.Equal(published.Select(n => n.Id).Order(), (await part.All()).Select(n => n.Id).Order());
        Assert.Equal("Renamed after paging", (await part.All()).Single(n => n.Id == renamed.Id).Title);
    }

    [Fact]
    public async Task Needs_stored_in_the_municipality_record_by_an_older_build_move_to_pages_with_the_next_write()
    {
        var number = Kommuner.Next();
        var grain = fx.Client.GetGrain<IMunicipalityGrain>(number);
        var first = await fx.PublishNeed(number);
        await fx.Settled(); // no partner search confirmation may activate the grain on the record before the seeding
        await fx.Restart(grain);
        var older = Enumerable.Range(1, 24).Select(i => first with { Id = $"{first.Id}-old{i}", Title = $"Older need {i}" }).ToList();
        var seeded = await fx.ReadStoredAsync<MunicipalityState>("municipality", MunicipalityId(number));
        foreach (var need in older) seeded.State!.Needs[need.Id] = need;
        await fx.Storage.WriteStateAsync("municipality", MunicipalityId(number), seeded);

        Assert.Equal(25, (await fx.Own(number, g => g.GetNeeds(false))).Count);
        var next = await fx.PublishNeed(number);

        var stored = await ReadStoredAsync(number);
        Assert.Equal([next.Id], stored.Needs.Keys);
        Assert.Equal(3, stored.NeedPageCount);
        await fx.Restart(grain);
        var needs = await fx.Own(number, g => g.GetNeeds(false));
        Assert.Equal(26, needs.Count);
        Assert.Equal("Older need 24", needs.Single(n => n.Id == $"{first.Id}-old24").Title);
    }

    [Fact]
    public async Task A_change_that_fails_after_the_pages_were_written_leaves_nothing_and_loses_nothing_acknowledged()
    {
        var number = Kommuner.Next();
        var acknowledged = new List<NeedRecord>();
        // Past one move to a page: the first need sits on a stored page when the failing change is made.
        for (var i = 0; i < 2 * MunicipalityGrain.NeedsBeforePaging; i++) acknowledged.Add(await fx.PublishNeed(number));

        fx.Faults.Arm(FaultPoints.MunicipalityPagesWritten);
        await Assert.ThrowsAsync<SimulatedCrashException>(() =>
            fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = acknowledged[0].Id, Title = "Never acknowledged" })));
        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
        var afterCrash = await fx.Own(number, g => g.GetNeeds(false));
        Assert.Equal(acknowledged.Select(n => n.Id), afterCrash.Select(n => n.Id));
        Assert.Equal(acknowledged.Select(n => (n.Title, n.UpdatedAt)), afterCrash.Select(n => (n.Title, n.UpdatedAt)));

        // The pages the failed write left are taken over by the next one.
        var next = await fx.PublishNeed(number, value: 14);
        var renamed = await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = acknowledged[0].Id, Title = "Acknowledged" }));
        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
        var needs = await fx.Own(number, g => g.GetNeeds(false));
        Assert.Equal(acknowledged.Append(next).Select(n => n.Id), needs.Select(n => n.Id));
        Assert.Equal(renamed.Title, needs[0].Title);
        Assert.Equal(2, (await ReadStoredAsync(number)).NeedPageCount);
    }

    [Fact]
    public async Task Programme_entry_counts_travel_with_their_needs_onto_pages_and_back()
    {
        var number = Kommuner.Next();
        // Two entries (published, withdrawn) for a need nobody can hide any more; one for a need later made PRIVATE;
        // none for a need published PRIVATE, so it hides nothing when it is made PRIVATE again.
        var withdrawn = await fx.PublishNeed(number, visibility: NeedVisibility.Public);
        await fx.Own(number, g => g.WithdrawNeed(withdrawn.Id));
        var shown = await fx.PublishNeed(number, visibility: NeedVisibility.Public);
        var unseen = await fx.PublishNeed(number, visibility: NeedVisibility.Private);
        for (var i = 0; i < 2 * MunicipalityGrain.NeedsBeforePaging; i++) await fx.PublishNeed(number);
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = unseen.Id, Visibility = NeedVisibility.Municipalities }));

        var stored = await ReadStoredAsync(number);
        Assert.DoesNotContain(shown.Id, stored.Needs.Keys);
        Assert.Empty(stored.ProgrammeEntries);
        var paged = (await ReadPagesAsync("municipality", number, "municipality-needs", stored.NeedPageCount)).SelectMany(p => p.Values).ToDictionary(n => n.Id);
        Assert.Equal(1, paged[shown.Id].ProgrammeEntries);
        Assert.Equal(2, paged[withdrawn.Id].ProgrammeEntries);

        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(number));
        Assert.Equal(0, await HiddenEntriesAsync(number));
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = shown.Id, Visibility = NeedVisibility.Private }));
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = unseen.Id, Visibility = NeedVisibility.Private }));
        Assert.Equal(1, await HiddenEntriesAsync(number));
    }

    [Fact]
    public async Task Counts_an_older_build_kept_in_the_municipality_record_move_onto_the_needs_once_even_after_a_crash_half_way()
    {
        var number = Kommuner.Next();
        var grain = fx.Client.GetGrain<IMunicipalityGrain>(number);
        var paged = await fx.PublishNeed(number, visibility: NeedVisibility.Public);
        for (var i = 0; i < 2 * MunicipalityGrain.NeedsBeforePaging; i++) await fx.PublishNeed(number);
        var recent = await fx.PublishNeed(number, visibility: NeedVisibility.Public);
        // The county feed confirms each publish's partner search to the municipality after the acknowledgement; a
        // confirmation arriving after the restart would activate the grain on the record before the seeding below.
        await fx.Settled();
        await fx.Restart(grain);
        // As an older build stored it: the counts in the record, none on the needs.
        var seeded = await fx.ReadStoredAsync<MunicipalityState>("municipality", MunicipalityId(number));
        Assert.Contains(recent.Id, seeded.State!.Needs.Keys);
        seeded.State.Needs[recent.Id] = recent with { ProgrammeEntries = 0 };
        seeded.State.ProgrammeEntries = new() { [paged.Id] = 3, [recent.Id] = 2, ["gone-need"] = 5 };
        await fx.Storage.WriteStateAsync("municipality", MunicipalityId(number), seeded);

        // The activation dies after the pages took the counts and before the record let go of them.
        fx.Faults.Arm(FaultPoints.MunicipalityEntriesMoved);
        await Assert.ThrowsAnyAsync<Exception>(() => fx.Own(number, g => g.GetNeeds(false)));
        await fx.Restart(grain);
        Assert.Equal(2 * MunicipalityGrain.NeedsBeforePaging + 2, (await fx.Own(number, g => g.GetNeeds(false))).Count);

        var stored = await ReadStoredAsync(number);
        Assert.Empty(stored.ProgrammeEntries);
        Assert.Equal(2, stored.Needs[recent.Id].ProgrammeEntries);
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = paged.Id, Visibility = NeedVisibility.Private }));
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = recent.Id, Visibility = NeedVisibility.Private }));
        Assert.Equal(5, await HiddenEntriesAsync(number));
        await fx.Restart(grain);
        await fx.Own(number, g => g.UpdateNeed(new UpdateNeedCommand { Id = recent.Id, Title = "Still hidden" }));
        Assert.Equal(5, await HiddenEntriesAsync(number));
    }

    /// <summary>What the municipality last reported to its county: how many programme entries it hides from staff.</summary>
    private async Task<int> HiddenEntriesAsync(string number)
    {
        var county = fx.Client.GetGrain<IProgrammeCountyGrain>(TestCatalog.Instance.Municipality(number)!.CountyNumber);
        return (await county.Reports()).Municipalities.Single(m => m.Number == number).HiddenActivityEntries;
    }

    private static GrainId MunicipalityId(string number) => GrainId.Create("municipality", number);

    private async Task<MunicipalityState> ReadStoredAsync(string number)
    {
        var stored = await fx.ReadStoredAsync<MunicipalityState>("municipality", MunicipalityId(number));
        Assert.True(stored.RecordExists);
        return stored.State!;
    }

    private async Task<IReadOnlyList<Dictionary<string, NeedRecord>>> ReadPagesAsync(string grainType, string key, string name, int count)
    {
        var pages = new List<Dictionary<string, NeedRecord>>();
        for (var i = 0; i < count; i++)
        {
            var page = await fx.ReadStoredAsync<NeedPageState>($"{name}-{i}", GrainId.Create(grainType, key));
            Assert.True(page.RecordExists);
            pages.Add(page.State!.Needs);
        }
        return pages;
    }
}
