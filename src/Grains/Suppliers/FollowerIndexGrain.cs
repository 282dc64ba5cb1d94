using Samspill.Grains.Common;
namespace Samspill.Grains.Suppliers;

/// <summary>Stored state of a follower index: organisation number → what it follows under this key.</summary>
[GenerateSerializer, Alias("Samspill.FollowerIndexState")]
public sealed class FollowerIndexState
{
    [Id(0)] public Dictionary<string, List<FollowRecord>> Followers { get; set; } = [];
}

/// <summary>The followers of one index key; adds and removes are idempotent so supplier grains can retry them.</summary>
public sealed class FollowerIndexGrain(
    [PersistentState("followers", StorageNames.Default)] IPersistentState<FollowerIndexState> state) : Grain, IFollowerIndexGrain
{
    async Task IFollowerIndexGrain.Add(string orgNumber, FollowKind kind, string value)
    {
        var follows = state.State.Followers.TryGetValue(orgNumber, out var f) ? f : state.State.Followers[orgNumber] = [];
        if (follows.Any(x => x.Kind == kind && x.Value == value)) return;
        follows.Add(new FollowRecord(kind, value, default));
        await WriteAsync();
    }

    async Task IFollowerIndexGrain.Remove(string orgNumber, FollowKind kind, string value)
    {
        if (!state.State.Followers.TryGetValue(orgNumber, out var follows)) return;
        if (follows.RemoveAll(x => x.Kind == kind && x.Value == value) == 0) return;
        if (follows.Count == 0) state.State.Followers.Remove(orgNumber);
        await WriteAsync();
    }

    Task<IReadOnlyList<string>> IFollowerIndexGrain.Followers(DialogueAudience audience) =>
        Task.FromResult<IReadOnlyList<string>>(state.State.Followers
            .Where(f => FollowRules.Hears(f.Value, audience)).Select(f => f.Key).OrderBy(o => o, StringComparer.Ordinal).ToList());

    private async Task WriteAsync()
    {
        await state.CommitAsync(this);
    }
}
