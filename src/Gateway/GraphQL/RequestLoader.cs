using System.Collections.Concurrent;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// One per GraphQL request: each grain read is made once and shared by every field that needs it, so a list of
/// fifty needs from ten municipalities costs ten grain calls, not fifty (GraphQL.DataLoader is not available here).
/// </summary>
public sealed class RequestLoader(IGrainFactory grains)
{
    private ConcurrentDictionary<string, Task<IReadOnlyList<NeedRecord>>>? _needs;
    private ConcurrentDictionary<string, Task<NeedRecord?>>? _oneNeed;
    private ConcurrentDictionary<string, Task<ConsortiumView?>>? _consortia;
    private ConcurrentDictionary<string, Task<IReadOnlyList<MembershipRecord>>>? _memberships;
    private ConcurrentDictionary<string, Task<DialogueEventView?>>? _events;
    private ConcurrentDictionary<string, Task<IReadOnlyList<RegistrationRecord>>>? _registrations;
    private ConcurrentDictionary<string, Task<SupplierView?>>? _suppliers;
    private ConcurrentDictionary<string, Task<IReadOnlyList<QuestionView>>>? _questions;

    public IGrainFactory Grains => grains;

    /// <summary>
    /// Each cache is made when first used: a request reads one or two kinds of thing, and eight dictionaries made up
    /// front were most of what the loader allocated per request (issue 17).
    /// </summary>
    private static ConcurrentDictionary<string, Task<T>> Cache<T>(ref ConcurrentDictionary<string, Task<T>>? cache) =>
        Volatile.Read(ref cache) ?? Interlocked.CompareExchange(ref cache, new(concurrencyLevel: 1, capacity: 4, StringComparer.Ordinal), null) ?? cache;

    /// <summary>Every need of a municipality the caller may see, withdrawn ones included.</summary>
    public async Task<IReadOnlyList<NeedView>> NeedsOf(string municipality) =>
        (await StoredNeedsOf(municipality)).Select(NeedView.From).ToList();

    /// <summary>A need among others (a page, matches, a consortium's): read with the rest of its municipality's.</summary>
    public async Task<NeedView?> Need(string? id) => await ListedNeed(id) is { } need ? NeedView.From(need) : null;

    /// <summary>
    /// One need asked for by id on its own (the `need` field): the municipality's list when this request already has
    /// it, otherwise just that need, since copying a municipality's every need out of its grain to pick one cost a
    /// read most of its time (issue 17). Lists of needs go through <see cref="Need"/>, one call per municipality.
    /// </summary>
    public async Task<NeedView?> SingleNeed(string? id) => await StoredNeed(id) is { } need ? NeedView.From(need) : null;

    /// <summary>The need as its grain keeps it, for passing on to other grains (similar needs).</summary>
    public async Task<NeedRecord?> StoredNeed(string? id)
    {
        var municipality = NeedIds.MunicipalityOf(id);
        if (municipality is null) return null;
        if (_needs is { } lists && lists.TryGetValue(municipality, out var all)) return (await all).FirstOrDefault(n => n.Id == id);
        return await Cache(ref _oneNeed).GetOrAdd(id!, n => grains.GetGrain<IMunicipalityGrain>(municipality).GetNeed(n));
    }

    private async Task<NeedRecord?> ListedNeed(string? id)
    {
        var municipality = NeedIds.MunicipalityOf(id);
        if (municipality is null) return null;
        return (await StoredNeedsOf(municipality)).FirstOrDefault(n => n.Id == id);
    }

    private Task<IReadOnlyList<NeedRecord>> StoredNeedsOf(string municipality) =>
        Cache(ref _needs).GetOrAdd(municipality, m => grains.GetGrain<IMunicipalityGrain>(m).GetNeeds(includeWithdrawn: true));

    public Task<ConsortiumView?> Consortium(string? id) =>
        string.IsNullOrEmpty(id) || id.Length > EntityIds.MaxLength
            ? Task.FromResult<ConsortiumView?>(null)
            : Cache(ref _consortia).GetOrAdd(id, c => grains.GetGrain<IConsortiumGrain>(c).GetView());

    public Task<IReadOnlyList<MembershipRecord>> Memberships(string municipality) =>
        Cache(ref _memberships).GetOrAdd(municipality, m => grains.GetGrain<IMunicipalityGrain>(m).GetMemberships());

    public Task<DialogueEventView?> DialogueEvent(string? id) =>
        string.IsNullOrEmpty(id) || id.Length > EntityIds.MaxLength
            ? Task.FromResult<DialogueEventView?>(null)
            : Cache(ref _events).GetOrAdd(id, e => grains.GetGrain<IDialogueEventGrain>(e).GetView());

    /// <summary>The event's registrations the caller may see.</summary>
    public Task<IReadOnlyList<RegistrationRecord>> Registrations(string eventId) =>
        Cache(ref _registrations).GetOrAdd(eventId, e => grains.GetGrain<IDialogueEventGrain>(e).GetRegistrations());

    /// <summary>The supplier as the caller may see it; null for malformed numbers without asking a grain.</summary>
    public Task<SupplierView?> Supplier(string? orgNumber) =>
        !Identifiers.IsValidOrganisationNumber(orgNumber)
            ? Task.FromResult<SupplierView?>(null)
            : Cache(ref _suppliers).GetOrAdd(orgNumber!, o => grains.GetGrain<ISupplierGrain>(o).GetView());

    /// <summary>The consortium's questions the caller may see.</summary>
    public Task<IReadOnlyList<QuestionView>> Questions(string consortiumId) =>
        Cache(ref _questions).GetOrAdd(consortiumId, c => grains.GetGrain<IConsortiumDialogueGrain>(c).GetQuestions());

    /// <summary>Drops reads that failed (a lost silo), so a retry asks the grain again; the others stay shared.</summary>
    public void ForgetFailed()
    {
        Drop(_events); Drop(_registrations); Drop(_suppliers); Drop(_questions); Drop(_needs); Drop(_oneNeed); Drop(_consortia); Drop(_memberships);
    }

    private static void Drop<T>(ConcurrentDictionary<string, Task<T>>? cache)
    {
        if (cache is null) return;
        foreach (var (key, task) in cache)
            if (task.IsFaulted || task.IsCanceled) cache.TryRemove(KeyValuePair.Create(key, task));
    }

    /// <summary>After a mutation the cached reads may be stale.</summary>
    public void Forget()
    {
        _events?.Clear();
        _registrations?.Clear();
        _suppliers?.Clear();
        _questions?.Clear();
        _needs?.Clear();
        _oneNeed?.Clear();
        _consortia?.Clear();
        _memberships?.Clear();
    }
}
