using System.Collections.Concurrent;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// One per GraphQL request: each grain read is made once and shared by every field that needs it, so a list of
/// fifty needs from ten municipalities costs ten grain calls, not fifty (GraphQL.DataLoader is not available here).
/// </summary>
public sealed class RequestLoader(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<NeedRecord>>> _needs = new();
    private readonly ConcurrentDictionary<string, Task<ConsortiumView?>> _consortia = new();
    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<MembershipRecord>>> _memberships = new();

    public IGrainFactory Grains => grains;

    /// <summary>Every need of a municipality the caller may see, withdrawn ones included.</summary>
    public Task<IReadOnlyList<NeedRecord>> NeedsOf(string municipality) =>
        _needs.GetOrAdd(municipality, m => grains.GetGrain<IMunicipalityGrain>(m).GetNeeds(includeWithdrawn: true));

    public async Task<NeedRecord?> Need(string? id)
    {
        var municipality = NeedIds.MunicipalityOf(id);
        if (municipality is null) return null;
        return (await NeedsOf(municipality)).FirstOrDefault(n => n.Id == id);
    }

    public Task<ConsortiumView?> Consortium(string? id) =>
        string.IsNullOrEmpty(id) || id.Length > 64
            ? Task.FromResult<ConsortiumView?>(null)
            : _consortia.GetOrAdd(id, c => grains.GetGrain<IConsortiumGrain>(c).GetView());

    public Task<IReadOnlyList<MembershipRecord>> Memberships(string municipality) =>
        _memberships.GetOrAdd(municipality, m => grains.GetGrain<IMunicipalityGrain>(m).GetMemberships());

    /// <summary>After a mutation the cached reads may be stale.</summary>
    public void Forget()
    {
        _needs.Clear();
        _consortia.Clear();
        _memberships.Clear();
    }
}
