using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// Consortium and dialogue event directories are kept per county of the consortium's lead: a change writes its lead's
/// county's directory, never one for the country, and the lists read every county with the country's directory of older
/// builds, taking each entry's newest copy.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryShardTests(ClusterFixture fx)
{
    private static long ShardOf(string municipality) => DirectoryShards.Of(TestCatalog.Instance.Municipality(municipality)!.CountyNumber);

    [Fact]
    public async Task A_consortium_and_its_event_are_kept_in_the_directory_of_the_lead_s_county()
    {
        var (id, lead, member) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification);
        var announced = await fx.Announce(id, lead);

        var shard = ShardOf(lead);
        Assert.NotEqual(DirectoryShards.Country, shard);
        Assert.Contains(id, (await fx.Client.GetGrain<IConsortiumDirectoryGrain>(shard).Snapshot()).Select(c => c.Id));
        Assert.DoesNotContain(id, (await fx.Client.GetGrain<IConsortiumDirectoryGrain>(DirectoryShards.Country).Snapshot()).Select(c => c.Id));
        Assert.Contains(announced.Id, (await fx.Client.GetGrain<IDialogueEventDirectoryGrain>(shard).List()).Select(e => e.Id));
        Assert.DoesNotContain(announced.Id, (await fx.Client.GetGrain<IDialogueEventDirectoryGrain>(DirectoryShards.Country).List()).Select(e => e.Id));
        if (ShardOf(member) != shard)
            Assert.DoesNotContain(id, (await fx.Client.GetGrain<IConsortiumDirectoryGrain>(ShardOf(member)).Snapshot()).Select(c => c.Id));

        var listed = await fx.As(Callers.Municipality(member), c => ConsortiumDirectory.ListAsync(c, TestCatalog.Instance));
        Assert.Single(listed, c => c.Id == id);
        Assert.Single(await fx.As(Callers.Anonymous, c => DialogueEventDirectory.ListAsync(c, TestCatalog.Instance)), e => e.Id == announced.Id);
    }

    [Fact]
    public async Task The_country_s_older_directory_is_read_beside_the_counties_and_a_newer_copy_wins()
    {
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification);
        var current = (await fx.Client.GetGrain<IConsortiumDirectoryGrain>(ShardOf(lead)).Snapshot()).Single(c => c.Id == id);
        // As an older build left the country's directory: a stale copy of this consortium, and one consortium only there.
        var onlyThere = current with { Id = $"older-{Guid.NewGuid():N}", Title = "Bare i landets katalog" };
        var country = fx.Client.GetGrain<IConsortiumDirectoryGrain>(DirectoryShards.Country);
        await fx.Restart(country);
        var stored = await fx.ReadStoredAsync<ConsortiumDirectoryState>("consortia", country.GetGrainId());
        stored.State!.Consortia[id] = current with { Version = current.Version - 1, Title = "Gammel tittel" };
        stored.State.Consortia[onlyThere.Id] = onlyThere;
        await fx.Storage.WriteStateAsync("consortia", country.GetGrainId(), stored);

        var all = await ConsortiumDirectory.SnapshotAsync(fx.Client, TestCatalog.Instance);
        Assert.Equal(current.Title, all.Single(c => c.Id == id).Title);
        Assert.Equal(current.Version, all.Single(c => c.Id == id).Version);
        Assert.Single(all, c => c.Id == onlyThere.Id);
        var listed = await fx.As(Callers.Programme, c => ConsortiumDirectory.ListAsync(c, TestCatalog.Instance));
        Assert.Equal(listed.Select(c => c.Id).Distinct(), listed.Select(c => c.Id));
        Assert.Equal(listed.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id), listed.Select(c => c.Id));
    }
}
