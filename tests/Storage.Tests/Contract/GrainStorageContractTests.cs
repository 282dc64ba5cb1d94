using System.Text.Json;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Samspill.Grains;
using Samspill.Silo.Storage;
using Samspill.Storage.Tests.States;
using Samspill.Storage.Tests.States.Original;
using Renamed = Samspill.Storage.Tests.States.Renamed;

namespace Samspill.Storage.Tests.Contract;

/// <summary>
/// The grain storage contract, after the cases of Orleans' own storage test runner. Each provider runs it
/// through a subclass that states the provider's <see cref="StorageCapabilities"/>.
/// </summary>
public abstract class GrainStorageContractTests
{
    protected const string StateName = "profile";

    /// <summary>The provider under test, once per clear mode it supports; the first also runs the mode-independent cases.</summary>
    protected abstract IReadOnlyList<ClearModeStorage> ClearModes { get; }

    protected abstract StorageCapabilities Capabilities { get; }

    protected IGrainStorage Storage => ClearModes[0].Storage;

    [Fact]
    public async Task Reading_a_missing_state_gives_a_fresh_state_and_no_record()
    {
        var state = await ReadAsync<PlayerProfile>(Storage, NewGrainId());

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        AssertFresh(state.State);
    }

    [Fact]
    public async Task A_written_state_reads_back_with_the_same_ETag()
    {
        var id = NewGrainId();
        var written = await WriteNewAsync(Storage, id, Profile("Kari", 7));

        Assert.True(written.RecordExists);
        Assert.False(string.IsNullOrEmpty(written.ETag));
        var read = await ReadAsync<PlayerProfile>(Storage, id);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        AssertSameProfile(Profile("Kari", 7), read.State);
    }

    [Fact]
    public async Task An_update_with_the_current_ETag_succeeds_and_changes_the_ETag()
    {
        var id = NewGrainId();
        var state = await WriteNewAsync(Storage, id, Profile("first"));
        var firstETag = state.ETag;

        state.State = Profile("second", 2);
        await Storage.WriteStateAsync(StateName, id, state);

        Assert.NotEqual(firstETag, state.ETag);
        var read = await ReadAsync<PlayerProfile>(Storage, id);
        Assert.Equal(state.ETag, read.ETag);
        AssertSameProfile(Profile("second", 2), read.State);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_is_rejected_and_changes_nothing()
    {
        var id = NewGrainId();
        var current = await WriteNewAsync(Storage, id, Profile("v1"));
        var stale = new GrainState<PlayerProfile>(Profile("stale"), current.ETag);
        current.State = Profile("v2");
        await Storage.WriteStateAsync(StateName, id, current);

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, id, stale));

        var read = await ReadAsync<PlayerProfile>(Storage, id);
        Assert.Equal(current.ETag, read.ETag);
        AssertSameProfile(Profile("v2"), read.State);
    }

    [Fact]
    public async Task An_insert_over_an_existing_record_is_rejected_and_changes_nothing()
    {
        var id = NewGrainId();
        var first = await WriteNewAsync(Storage, id, Profile("first"));

        await Assert.ThrowsAnyAsync<InconsistentStateException>(() => WriteNewAsync(Storage, id, Profile("duplicate")));

        var read = await ReadAsync<PlayerProfile>(Storage, id);
        Assert.Equal(first.ETag, read.ETag);
        AssertSameProfile(Profile("first"), read.State);
    }

    [Fact]
    public async Task A_write_with_an_ETag_to_a_record_never_written_follows_the_provider()
    {
        var other = await WriteNewAsync(Storage, NewGrainId(), Profile("other"));
        var id = NewGrainId();
        var state = new GrainState<PlayerProfile>(Profile("ghost"), other.ETag);

        var error = await Record.ExceptionAsync(() => Storage.WriteStateAsync(StateName, id, state));

        var read = await ReadAsync<PlayerProfile>(Storage, id);
        if (Capabilities.AcceptsAnyETagForUnseenRecord)
        {
            Assert.Null(error);
            AssertSameProfile(Profile("ghost"), read.State);
        }
        else
        {
            Assert.IsAssignableFrom<InconsistentStateException>(error);
            Assert.False(read.RecordExists);
        }
    }

    [Fact]
    public async Task Clear_with_a_stale_ETag_is_rejected_and_keeps_the_state()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var current = await WriteNewAsync(storage, id, Profile("v1"));
            var stale = new GrainState<PlayerProfile>(Profile("v1"), current.ETag);
            current.State = Profile("v2");
            await storage.WriteStateAsync(StateName, id, current);

            await Assert.ThrowsAnyAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, id, stale));

            var read = await ReadAsync<PlayerProfile>(storage, id);
            Assert.True(read.RecordExists, $"{mode}: a rejected clear must not remove the record");
            Assert.Equal(current.ETag, read.ETag);
            AssertSameProfile(Profile("v2"), read.State);
        }
    }

    [Fact]
    public async Task Clear_without_an_ETag_over_an_existing_record_is_rejected()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var written = await WriteNewAsync(storage, id, Profile("kept"));

            await Assert.ThrowsAnyAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, id, new GrainState<PlayerProfile>(new PlayerProfile())));

            var read = await ReadAsync<PlayerProfile>(storage, id);
            Assert.True(read.RecordExists, $"{mode}");
            Assert.Equal(written.ETag, read.ETag);
        }
    }

    [Fact]
    public async Task Clear_leaves_no_record_and_updates_the_in_memory_state()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var state = await WriteNewAsync(storage, id, Profile("to be cleared"));
            var beforeClear = state.ETag;

            await storage.ClearStateAsync(StateName, id, state);

            Assert.False(state.RecordExists, $"{mode}");
            AssertFresh(state.State);
            if (mode == ClearMode.DeletesRecord) Assert.Null(state.ETag);
            else Assert.False(string.IsNullOrEmpty(state.ETag) || state.ETag == beforeClear, $"{mode}: the emptied record has a new ETag");

            var read = await ReadAsync<PlayerProfile>(storage, id);
            Assert.False(read.RecordExists, $"{mode}");
            AssertFresh(read.State);
            Assert.Equal(state.ETag, read.ETag);
        }
    }

    [Fact]
    public async Task A_cleared_state_can_be_written_and_cleared_again()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var state = await WriteNewAsync(storage, id, Profile("before"));
            await storage.ClearStateAsync(StateName, id, state);

            state.State = Profile("after", 3);
            await storage.WriteStateAsync(StateName, id, state);

            Assert.True(state.RecordExists, $"{mode}");
            var read = await ReadAsync<PlayerProfile>(storage, id);
            Assert.Equal(state.ETag, read.ETag);
            AssertSameProfile(Profile("after", 3), read.State);

            await storage.ClearStateAsync(StateName, id, state);
            await storage.ClearStateAsync(StateName, id, state);
            Assert.False((await ReadAsync<PlayerProfile>(storage, id)).RecordExists, $"{mode}");
        }
    }

    [Fact]
    public async Task A_writer_holding_the_ETag_from_before_a_clear_is_rejected()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var clearer = await WriteNewAsync(storage, id, Profile("shared"));
            var lateWriter = new GrainState<PlayerProfile>(Profile("late"), clearer.ETag);
            await storage.ClearStateAsync(StateName, id, clearer);

            await Assert.ThrowsAnyAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, id, lateWriter));

            Assert.False((await ReadAsync<PlayerProfile>(storage, id)).RecordExists, $"{mode}");
        }
    }

    [Fact]
    public async Task After_clear_a_new_insert_succeeds_only_when_the_record_was_deleted()
    {
        foreach (var (mode, storage) in ClearModes)
        {
            var id = NewGrainId();
            var state = await WriteNewAsync(storage, id, Profile("x"));
            await storage.ClearStateAsync(StateName, id, state);

            var error = await Record.ExceptionAsync(() => WriteNewAsync(storage, id, Profile("fresh insert")));

            if (mode == ClearMode.DeletesRecord)
            {
                Assert.Null(error);
                AssertSameProfile(Profile("fresh insert"), (await ReadAsync<PlayerProfile>(storage, id)).State);
            }
            else
            {
                // The kept row still guards: only a writer holding its ETag may write.
                Assert.IsAssignableFrom<InconsistentStateException>(error);
            }
        }
    }

    [Fact]
    public async Task A_state_at_the_size_limit_is_inserted_updated_and_read_back()
    {
        var size = Capabilities.MaxPayloadBytes ?? GrainStateSerializer.MaxPayloadBytes;
        var id = NewGrainId();

        var state = await WriteNewAsync(Storage, id, SizedProfile(size, 'z'));
        // Azurite checks inserts against 4 MiB but updates against 1 MiB, so the update is the real test;
        // '~' is the worst case on the wire, its UTF-8 bytes base64-encode to many '+' characters.
        state.State = SizedProfile(size, '~');
        await Storage.WriteStateAsync(StateName, id, state);

        var read = await ReadAsync<PlayerProfile>(Storage, id);
        Assert.Equal(state.ETag, read.ETag);
        Assert.Equal(state.State!.Filler, read.State!.Filler);
    }

    [Fact]
    public async Task A_state_over_the_size_limit_follows_the_provider()
    {
        var limit = Capabilities.MaxPayloadBytes ?? GrainStateSerializer.MaxPayloadBytes;
        var id = NewGrainId();
        var state = await WriteNewAsync(Storage, id, Profile("small"));
        var etagBefore = state.ETag;
        state.State = SizedProfile(limit + 1, 'z');

        var error = await Record.ExceptionAsync(() => Storage.WriteStateAsync(StateName, id, state));

        var read = await ReadAsync<PlayerProfile>(Storage, id);
        if (Capabilities.MaxPayloadBytes is null)
        {
            Assert.Null(error);
            Assert.Equal(state.State!.Filler, read.State!.Filler);
            return;
        }

        var tooLarge = Assert.IsType<GrainStateTooLargeException>(error);
        Assert.Contains($"{limit + 1} bytes", tooLarge.Message);
        Assert.Contains($"at most {limit} bytes", tooLarge.Message);
        Assert.Equal(etagBefore, state.ETag);
        Assert.Equal(etagBefore, read.ETag);
        AssertSameProfile(Profile("small"), read.State);

        var freshId = NewGrainId();
        await Assert.ThrowsAsync<GrainStateTooLargeException>(() => WriteNewAsync(Storage, freshId, SizedProfile(limit + 1, 'z')));
        Assert.False((await ReadAsync<PlayerProfile>(Storage, freshId)).RecordExists);
    }

    [Fact]
    public async Task Unicode_text_and_state_names_round_trip()
    {
        const string text = "æøå ÆØÅ · Sámi: Áá Čč Đđ Ŋŋ Šš Ŧŧ Žž Ǧǧ Ǩǩ Ʒʒ Ǯǯ · 🦊🎻👩🏽‍🚀 · \"quoted\" \\ / # ? % ' \u0001";
        var id = NewGrainId();
        var profile = Profile(text);
        profile.Tags = ["Sápmi", "Bådåddjo", "🧭"];
        const string unicodeStateName = "tilstand-æøå-Čč";

        var written = new GrainState<PlayerProfile>(profile);
        await Storage.WriteStateAsync(unicodeStateName, id, written);

        var read = await ReadAsync<PlayerProfile>(Storage, id, unicodeStateName);
        Assert.True(read.RecordExists);
        AssertSameProfile(profile, read.State);
        Assert.False((await ReadAsync<PlayerProfile>(Storage, id)).RecordExists, "another state name is another record");
    }

    [Fact]
    public async Task A_hundred_grains_written_and_updated_in_parallel_keep_their_own_states()
    {
        var ids = Enumerable.Range(0, 100).Select(i => NewGrainId($"parallel-{i}-{Guid.NewGuid():N}")).ToArray();

        var states = await Task.WhenAll(ids.Select((id, i) => WriteNewAsync(Storage, id, Profile($"grain {i}", i))));
        var reads = await Task.WhenAll(ids.Select(id => ReadAsync<PlayerProfile>(Storage, id)));
        for (var i = 0; i < ids.Length; i++) AssertSameProfile(Profile($"grain {i}", i), reads[i].State);

        await Task.WhenAll(states.Select((state, i) =>
        {
            state.State = Profile($"grain {i} again", i * 10);
            return Storage.WriteStateAsync(StateName, ids[i], state);
        }));
        reads = await Task.WhenAll(ids.Select(id => ReadAsync<PlayerProfile>(Storage, id)));
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(states[i].ETag, reads[i].ETag);
            AssertSameProfile(Profile($"grain {i} again", i * 10), reads[i].State);
        }
    }

    [Fact]
    public async Task Odd_grain_ids_and_state_names_neither_fail_nor_collide()
    {
        var longTail = new string('a', Capabilities.StoresAnyKey ? 2000 : 300);
        var cases = new List<(GrainId Id, string StateName)>();
        foreach (var key in OddKeys(longTail).Where(k => Capabilities.StoresAnyKey || TableSafe(k)))
        {
            cases.Add((GrainId.Create("odd", key), StateName));
        }
        var sharedId = GrainId.Create("odd", "state-names-" + Guid.NewGuid().ToString("N"));
        string[] names = Capabilities.StoresAnyKey
            ? ["a/b", "a\\b", "a#b", "a?b", "a!2Fb", "a%2Fb", "a\u0000b", "name " + longTail, "name " + longTail + "x"]
            : ["a/b", "a!2Fb", "a%2Fb", "a'b", "a b", "a~b", "name " + longTail, "name " + longTail + "x"];
        foreach (var name in names) cases.Add((sharedId, name));

        for (var i = 0; i < cases.Count; i++)
        {
            var (id, name) = cases[i];
            var error = await Record.ExceptionAsync(() => Storage.WriteStateAsync(name, id, new GrainState<PlayerProfile>(Profile($"case {i}", i))));
            Assert.True(error is null, $"case {i}: {Printable(id.ToString())} / {Printable(name)}: {error?.Message}");
        }
        for (var i = 0; i < cases.Count; i++)
        {
            var (id, name) = cases[i];
            var read = await ReadAsync<PlayerProfile>(Storage, id, name);
            Assert.True(read.RecordExists, $"case {i}: {Printable(id.ToString())} / {Printable(name)}");
            Assert.Equal($"case {i}", read.State!.Name);
        }
    }

    [Fact]
    public async Task Keys_differing_only_in_a_slash_or_an_underscore_follow_the_provider()
    {
        var unique = Guid.NewGuid().ToString("N");
        var slashed = GrainId.Create("topic", unique + "/1804");
        var underscored = GrainId.Create("topic", unique + "_1804");
        await WriteNewAsync(Storage, slashed, Profile("slashed"));

        var error = await Record.ExceptionAsync(() => WriteNewAsync(Storage, underscored, Profile("underscored")));

        if (Capabilities.StoresAnyKey)
        {
            Assert.Null(error);
            AssertSameProfile(Profile("underscored"), (await ReadAsync<PlayerProfile>(Storage, underscored)).State);
        }
        else
        {
            // One row for both: the insert meets it and is refused, and nothing is overwritten. The domain never
            // makes such a pair (its ids are generated hex, numbers and kind/key topic names).
            Assert.IsAssignableFrom<InconsistentStateException>(error);
        }
        AssertSameProfile(Profile("slashed"), (await ReadAsync<PlayerProfile>(Storage, slashed)).State);
    }

    [Fact]
    public async Task Grain_ids_differing_only_in_where_the_type_ends_follow_the_provider()
    {
        var unique = Guid.NewGuid().ToString("N");
        var first = GrainId.Create("split/" + unique, "key");
        var second = GrainId.Create("split", unique + "/key");
        Assert.NotEqual(first, second);
        Assert.Equal(first.ToString(), second.ToString());
        await WriteNewAsync(Storage, first, Profile("first"));

        var error = await Record.ExceptionAsync(() => WriteNewAsync(Storage, second, Profile("second")));

        if (Capabilities.SeparatesGrainTypeFromKey)
        {
            Assert.Null(error);
            AssertSameProfile(Profile("second"), (await ReadAsync<PlayerProfile>(Storage, second)).State);
        }
        else
        {
            // Both ids map to one record, so the second insert meets the first one's row.
            Assert.IsAssignableFrom<InconsistentStateException>(error);
        }
        AssertSameProfile(Profile("first"), (await ReadAsync<PlayerProfile>(Storage, first)).State);
    }

    [Fact]
    public async Task A_renamed_class_in_another_namespace_reads_a_state_of_the_same_shape()
    {
        var id = NewGrainId();
        var original = Profile("renamed", 42);
        original.Level = SkillLevel.Intermediate;
        await WriteNewAsync(Storage, id, original);

        var card = new GrainState<Renamed.ParticipantCard>(new Renamed.ParticipantCard());
        var error = await Record.ExceptionAsync(() => Storage.ReadStateAsync(StateName, id, card));

        if (Capabilities.ReadsAcrossTypeRenames)
        {
            Assert.Null(error);
            Assert.True(card.RecordExists);
            Assert.Equal("renamed", card.State!.Name);
            Assert.Equal(42, card.State!.Score);
            Assert.Equal(Renamed.Proficiency.Intermediate, card.State!.Level);
            Assert.Equal(original.Tags, card.State!.Tags);
        }
        else
        {
            // The stored CLR type name no longer resolves to the class asked for.
            Assert.NotNull(error);
        }
    }

    [Fact]
    public async Task Two_concurrent_writers_of_one_state_one_wins_the_other_is_rejected()
    {
        var id = NewGrainId();
        string? etag = null;
        for (var round = 0; round < 10; round++)
        {
            // Round 0 races two inserts, later rounds race two updates from the same ETag.
            var a = new GrainState<PlayerProfile>(Profile($"a{round}"), etag);
            var b = new GrainState<PlayerProfile>(Profile($"b{round}"), etag);

            var errors = await Task.WhenAll(
                Record.ExceptionAsync(() => Storage.WriteStateAsync(StateName, id, a)),
                Record.ExceptionAsync(() => Storage.WriteStateAsync(StateName, id, b)));

            Assert.Single(errors, e => e is null);
            Assert.Single(errors, e => e is InconsistentStateException);
            var winner = errors[0] is null ? a : b;
            var read = await ReadAsync<PlayerProfile>(Storage, id);
            Assert.Equal(winner.ETag, read.ETag);
            AssertSameProfile(winner.State, read.State);
            etag = winner.ETag;
        }
    }

    [Fact]
    public async Task Concurrent_read_modify_write_with_retries_loses_no_update()
    {
        const int workers = 6;
        const int incrementsEach = 5;
        var id = NewGrainId();

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < incrementsEach;)
            {
                var state = await ReadAsync<Counter>(Storage, id, "counter");
                state.State!.Value++;
                try
                {
                    await Storage.WriteStateAsync("counter", id, state);
                    done++;
                }
                catch (InconsistentStateException)
                {
                    // Another worker won this round; read again and retry, as a grain would after reactivation.
                }
            }
        })));

        Assert.Equal(workers * incrementsEach, (await ReadAsync<Counter>(Storage, id, "counter")).State!.Value);
    }

    protected static GrainId NewGrainId(string? key = null) => GrainId.Create("contract", key ?? Guid.NewGuid().ToString("N"));

    protected static PlayerProfile Profile(string name, int score = 1) =>
        new() { Name = name, Score = score, Level = SkillLevel.Expert, Tags = ["t1", name] };

    /// <summary>A profile whose stored JSON is exactly <paramref name="jsonBytes"/> bytes.</summary>
    protected static PlayerProfile SizedProfile(int jsonBytes, char filler)
    {
        var profile = Profile("sized");
        var overhead = JsonSerializer.SerializeToUtf8Bytes(profile, GrainStateJson.Options).Length;
        profile.Filler = new string(filler, jsonBytes - overhead);
        Assert.Equal(jsonBytes, JsonSerializer.SerializeToUtf8Bytes(profile, GrainStateJson.Options).Length);
        return profile;
    }

    protected static async Task<GrainState<T>> ReadAsync<T>(IGrainStorage storage, GrainId id, string stateName = StateName)
        where T : new()
    {
        var state = new GrainState<T>(new T());
        await storage.ReadStateAsync(stateName, id, state);
        return state;
    }

    protected static async Task<GrainState<PlayerProfile>> WriteNewAsync(IGrainStorage storage, GrainId id, PlayerProfile profile)
    {
        var state = new GrainState<PlayerProfile>(profile);
        await storage.WriteStateAsync(StateName, id, state);
        return state;
    }

    protected static void AssertSameProfile(PlayerProfile? expected, PlayerProfile? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Level, actual.Level);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Filler, actual.Filler);
    }

    private static void AssertFresh(PlayerProfile? profile)
    {
        Assert.NotNull(profile);
        AssertSameProfile(new PlayerProfile(), profile);
    }

    private static IEnumerable<string> OddKeys(string longTail)
    {
        var unique = Guid.NewGuid().ToString("N");
        yield return unique + "/slash";
        yield return unique + "\\backslash";
        yield return unique + "#hash";
        yield return unique + "?question";
        yield return unique + "/\\#?/\\#?";
        // Look like escaped forms of the ones above: must not collide with them.
        yield return unique + "!2Fslash";
        yield return unique + "%2Fslash";
        yield return unique + "%";
        yield return unique + "!";
        yield return unique + "'quote''";
        yield return unique + "\u0000\u0001\u001F";
        yield return unique + "\u007F\u0080\u009F";
        yield return unique + "\t\r\n";
        yield return unique + " spaces  ";
        yield return unique + "+&=;:@$,~`^[]{}<>\"";
        yield return unique + "æøå Sámi Čč Ŋŋ 🦊";
        yield return unique + "..";
        yield return unique + longTail;
        yield return unique + longTail + "b";
        yield return unique + new string('/', 700);
        yield return unique + string.Concat(Enumerable.Repeat("🦊", 400));
        yield return unique + string.Concat(Enumerable.Repeat("ø", 600));
    }

    // What Azure Table keys can hold (after / \\ # ? become _): no control characters, and well under 1 KiB of
    // UTF-16 (512 characters) with the service id and grain type in front.
    private static bool TableSafe(string key) => key.Length <= 400 && !key.Any(char.IsControl);

    private static string Printable(string value) =>
        string.Concat(value.Take(80).Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
