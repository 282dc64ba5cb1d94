using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// The consortium and dialogue event directories acknowledge a change once their own page is stored and hand it to the
/// country's search index after: a writer never waits on (or fails with) the index, and what the index did not take is
/// sent again — by a retry, or by the directory's next activation when the one that owed it is gone.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class IndexHandOffTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_consortium_is_acknowledged_and_listed_while_the_index_cannot_take_it_and_found_once_it_can()
    {
        var lead = Kommuner.Next();
        var (id, title) = ($"c-{Guid.NewGuid():N}", $"Snøbrøyting {Guid.NewGuid():N}");
        // Active before the hold: an index activating now would rebuild from the directories and so hold it already.
        await Index.Stats();
        using (fx.Faults.Hold(FaultPoints.IndexHandOff))
        {
            await fx.Consortium(id, lead, g => g.Create(title, "Felles brøyting av kommunale veier", null));
            Assert.Contains(id, (await ConsortiumDirectory.SnapshotAsync(fx.Client, TestCatalog.Instance)).Select(c => c.Id));
            Assert.DoesNotContain(id, await FoundAsync(title, SearchKind.Consortium, Callers.Programme));
        }

        await fx.Settled();
        Assert.Equal(id, (await FoundAsync(title, SearchKind.Consortium, Callers.Programme)).FirstOrDefault());
    }

    [Fact]
    public async Task A_directory_that_died_owing_the_index_is_owed_again_by_its_next_activation()
    {
        var title = $"Felles hjemmetjeneste {Guid.NewGuid():N}";
        var (id, lead, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification, title: title);
        var shard = DirectoryShards.OfLead(TestCatalog.Instance, lead);
        var eventTitle = $"Dialogkonferanse {Guid.NewGuid():N}";
        string eventId;
        using (fx.Faults.Hold(FaultPoints.IndexHandOff))
        {
            eventId = (await fx.Announce(id, lead, fx.Announcement() with { Title = eventTitle })).Id;
            await fx.Consortium(id, lead, g => g.Advance(ConsortiumPhase.MarketDialogue, null));
            // The activations that owe the index are gone, their retry timers with them.
            await fx.Restart(fx.Client.GetGrain<IConsortiumDirectoryGrain>(shard));
            await fx.Restart(fx.Client.GetGrain<IDialogueEventDirectoryGrain>(shard));
        }

        await fx.Settled();
        Assert.Equal(eventId, (await FoundAsync(eventTitle, SearchKind.DialogueEvent, Callers.Anonymous)).FirstOrDefault());
        // The index holds the consortium's newest copy: with an announced event it is found by everyone.
        Assert.Equal(ConsortiumPhase.MarketDialogue, (await ConsortiumDirectory.SnapshotAsync(fx.Client, TestCatalog.Instance)).Single(c => c.Id == id).Phase);
        Assert.Equal(id, (await FoundAsync(title, SearchKind.Consortium, Callers.Anonymous)).FirstOrDefault());
    }

    [Fact]
    public async Task The_index_keeps_the_newest_copy_it_was_offered()
    {
        var (id, _, _) = await fx.ConsortiumIn(ConsortiumPhase.NeedsClarification);
        await fx.Settled();
        var current = (await ConsortiumDirectory.SnapshotAsync(fx.Client, TestCatalog.Instance)).Single(c => c.Id == id);
        var title = $"Eldre kopi {Guid.NewGuid():N}";

        await Index.UpsertConsortia([current with { Version = current.Version - 1, Title = title }]);
        await Index.UpsertConsortia([current with { Title = title }]);
        Assert.DoesNotContain(id, await FoundAsync(title, SearchKind.Consortium, Callers.Programme));
        await Index.UpsertConsortia([current with { Version = current.Version + 1, Title = title }]);
        Assert.Equal(id, (await FoundAsync(title, SearchKind.Consortium, Callers.Programme)).FirstOrDefault());
    }

    private ISearchIndexGrain Index => fx.Client.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus);

    private async Task<IReadOnlyList<string>> FoundAsync(string text, SearchKind kind, Caller caller)
    {
        var result = await fx.As(caller, c => c.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus)
            .Search(new SearchQuery { Text = text, Kinds = [kind], First = 200 }));
        return result.Hits.Select(h => h.Id).ToList();
    }
}
