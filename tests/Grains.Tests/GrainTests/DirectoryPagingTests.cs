using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// The consortium and dialogue event directories keep their entries in pages: an upsert rewrites one page, entries a
/// directory stored in its own record before pages move on activation, and an older copy never replaces a newer one.
/// Directories of their own keys here, so the shared directory (key 0) is left alone.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryPagingTests(ClusterFixture fx)
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // Lists, not collection expressions: the test cluster's memory storage writes CLR type names, and the compiler's
    // single-element list type is not one it may read back.
    private static ConsortiumSummary Consortium(int n, long version = 1) =>
        new($"c{n}", "1820", ConsortiumPhase.Forming, new List<string> { "1820" }, new List<string>(), false, At.AddMinutes(n), version, Title: $"Samarbeid {n} v{version}");

    [Fact]
    public async Task Consortia_stored_before_pages_move_to_pages_on_activation_and_keep_their_newest_copy()
    {
        var key = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var directory = fx.Client.GetGrain<IConsortiumDirectoryGrain>(key);
        var id = directory.GetGrainId();
        var older = new GrainState<ConsortiumDirectoryState>(new ConsortiumDirectoryState());
        for (var n = 0; n < 25; n++) older.State!.Consortia[$"c{n}"] = Consortium(n, version: 3);
        await fx.Storage.WriteStateAsync("consortia", id, older);

        Assert.Equal(25, (await directory.Snapshot()).Count);
        var stored = await fx.ReadStoredAsync<ConsortiumDirectoryState>("consortia", id);
        Assert.Empty(stored.State!.Consortia);
        Assert.Equal(3, stored.State.PageCount);

        // An older copy is ignored, a newer one replaces, a new one is added; all of it read back after a restart.
        await directory.Upsert(Consortium(4, version: 2));
        await directory.Upsert(Consortium(5, version: 4));
        await directory.Upsert(Consortium(30));
        await fx.Restart(directory);
        var after = (await directory.Snapshot()).ToDictionary(c => c.Id);
        Assert.Equal(26, after.Count);
        Assert.Equal(3, after["c4"].Version);
        Assert.Equal(4, after["c5"].Version);
        Assert.Equal("Samarbeid 30 v1", after["c30"].Title);
    }

    [Fact]
    public async Task Dialogue_events_stored_before_pages_move_to_pages_and_an_upsert_writes_only_its_page()
    {
        var key = Random.Shared.NextInt64(1_000_000, long.MaxValue);
        var directory = fx.Client.GetGrain<IDialogueEventDirectoryGrain>(key);
        var id = directory.GetGrainId();
        var older = new GrainState<DialogueEventDirectoryState>(new DialogueEventDirectoryState());
        for (var n = 0; n < 15; n++)
            older.State!.Events[$"e{n}"] = new DialogueEventSummary($"e{n}", "c1", At.AddDays(n), At.AddDays(n).AddHours(2), new List<string> { "48000000-8" }, false, 1, Title: $"Dialogmøte {n}");
        await fx.Storage.WriteStateAsync("dialogue-events", id, older);

        Assert.Equal(Enumerable.Range(0, 15).Select(n => $"e{n}"), (await directory.List()).Select(e => e.Id));
        var first = await fx.ReadStoredAsync<DirectoryPage<DialogueEventSummary>>("dialogue-events-0", id);
        Assert.Equal(PagedDirectory<DialogueEventDirectoryState, DialogueEventSummary>.PageSize, first.State!.Entries.Count);

        await directory.Upsert(older.State!.Events["e12"] with { Cancelled = true, Version = 2 });
        Assert.Equal(first.ETag, (await fx.ReadStoredAsync<DirectoryPage<DialogueEventSummary>>("dialogue-events-0", id)).ETag);
        await fx.Restart(directory);
        Assert.True((await directory.List()).Single(e => e.Id == "e12").Cancelled);
    }
}
