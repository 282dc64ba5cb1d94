using Samspill.Grains.Common;
namespace Samspill.Grains.Notifications;

/// <summary>Stored state of a tenant's people list.</summary>
[GenerateSerializer, Alias("Samspill.TenantPeopleState")]
public sealed class TenantPeopleState
{
    [Id(0)] public HashSet<string> People { get; set; } = [];
}

/// <summary>The people of one municipality or supplier who have a profile; the person grains keep it.</summary>
public sealed class TenantPeopleGrain(
    [PersistentState("tenant-people", StorageNames.Default)] IPersistentState<TenantPeopleState> state) : Grain, ITenantPeopleGrain
{
    async Task ITenantPeopleGrain.Add(string personId)
    {
        if (state.State.People.Add(personId)) await state.CommitAsync(this);
    }

    async Task ITenantPeopleGrain.Remove(string personId)
    {
        if (state.State.People.Remove(personId)) await state.CommitAsync(this);
    }

    Task<IReadOnlyList<string>> ITenantPeopleGrain.People() =>
        Task.FromResult<IReadOnlyList<string>>(state.State.People.Order(StringComparer.Ordinal).ToList());
}
