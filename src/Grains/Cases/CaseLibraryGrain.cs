using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;
using Samspill.Grains.Search;

namespace Samspill.Grains.Cases;

/// <summary>The case library: checks the caller, validates, persists all of a change at once, then feeds the search index.</summary>
public sealed class CaseLibraryGrain(
    [PersistentState("cases", StorageNames.Default)] IPersistentState<CaseLibraryState> state,
    ReferenceCatalog catalog,
    TimeProvider clock,
    ILogger<CaseLibraryGrain> logger) : Grain, ICaseLibraryGrain
{
    private CaseLibraryState S => state.State;
    private WriteThenDeliver? commits;
    private WriteThenDeliver Commits => commits ??= new(this, logger, () => FeedSearchAsync(S.Cases.Values.ToList()));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.SeedCount == 0)
        {
            // First start on empty storage: the shipped cases, once. Later starts find SeedCount stored.
            foreach (var c in CaseSeed.Load(catalog, clock.GetUtcNow())) S.Cases[c.Id] = c;
            S.SeedCount = 1;
            // Not fed to the search index from here: the index, activating, would call back into this activation
            // before it is ready. The index reads the library when it (re)builds, which happens after this.
            await state.CommitAsync(this);
        }
    }

    Task<CaseRecord?> ICaseLibraryGrain.Get(string id) => Task.FromResult(S.Cases.GetValueOrDefault(id ?? ""));

    Task<IReadOnlyList<CaseRecord>> ICaseLibraryGrain.All() =>
        Task.FromResult<IReadOnlyList<CaseRecord>>(S.Cases.Values
            .OrderByDescending(c => c.YearStarted ?? c.YearContract ?? 0).ThenBy(c => c.Id, StringComparer.Ordinal).ToList());

    Task<int> ICaseLibraryGrain.SeedCount() => Task.FromResult(S.SeedCount);

    async Task<CaseImportResult> ICaseLibraryGrain.Import(string csv)
    {
        var caller = CallerContext.Current;
        Guard.RequireAuthenticated(caller);
        if (!caller.IsProgramme) throw DomainException.Forbidden("Only programme staff import cases.");
        var result = CaseCsv.Read(csv ?? "", CaseOrigin.Import, catalog, S.Cases.Keys.ToHashSet(), clock.GetUtcNow());
        if (result.Errors.Count > 0) return result;
        foreach (var c in result.Imported) S.Cases[c.Id] = c;
        // One write for the whole file: either every case is stored or, if it fails, none is.
        await Commits.CommitAsync(() => state.WriteStateAsync(), () => FeedSearchAsync(result.Imported));
        return result;
    }

    async Task<CaseRecord> ICaseLibraryGrain.PublishFromConsortium(string consortiumId, PublishCaseCommand command)
    {
        // The consortium checks the caller (its lead) and the phase; the caller travels with this call.
        var draft = await GrainFactory.GetGrain<IConsortiumGrain>(consortiumId).DraftCase();
        var record = CaseRules.Publish(draft, command, S.Cases.GetValueOrDefault(draft.Id), clock.GetUtcNow());
        S.Cases[record.Id] = record;
        await Commits.CommitAsync(() => state.WriteStateAsync(), () => FeedSearchAsync([record]));
        return record;
    }

    private Task FeedSearchAsync(IReadOnlyList<CaseRecord> cases) =>
        cases.Count == 0 ? Task.CompletedTask : GrainFactory.GetGrain<ISearchIndexGrain>(SearchIndexGrain.Corpus).UpsertCases(cases);
}
