using Samspill.Grains.Common;
using Samspill.Grains.Needs;

namespace Samspill.Grains.Matching;

/// <summary>One municipality's copies in its county's need index (see <see cref="INeedIndexPartGrain"/>).</summary>
public sealed class NeedIndexPartGrain(
    [PersistentState("needindexpart", StorageNames.Default)] IPersistentState<NeedIndexState> state) : Grain, INeedIndexPartGrain
{
    async Task INeedIndexPartGrain.Store(IReadOnlyList<NeedRecord> needs)
    {
        var changed = false;
        foreach (var need in needs)
        {
            if (NeedIndexRules.IsNewer(state.State.Needs.GetValueOrDefault(need.Id), need))
            {
                state.State.Needs[need.Id] = need;
                changed = true;
            }
        }
        if (changed) await state.CommitAsync(this);
    }

    Task<IReadOnlyList<NeedRecord>> INeedIndexPartGrain.All() =>
        Task.FromResult<IReadOnlyList<NeedRecord>>(state.State.Needs.Values.ToList());
}
