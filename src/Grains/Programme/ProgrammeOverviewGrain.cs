using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// Reads the reports of municipalities, consortia and dialogue events from the 15 county grains
/// (<see cref="IProgrammeCountyGrain"/>) when staff ask, so nothing on a write path waits on this one grain; computes
/// the overview once per change of a county rather than once per query.
/// </summary>
public sealed class ProgrammeOverviewGrain(
    [PersistentState("programme", StorageNames.Default)] IPersistentState<ProgrammeOverviewState> state,
    ReferenceCatalog catalog,
    ILogger<ProgrammeOverviewGrain> logger) : Grain, IProgrammeOverviewGrain
{
    private ProgrammeOverview? _computed;
    private long[] _computedFrom = [];

#pragma warning disable CS0618 // the stored lists from before the county grains: read here only to move them there
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var old = state.State;
        if (old.Municipalities.Count == 0 && old.Consortia.Count == 0 && old.DialogueEvents.Count == 0) return;
        await Task.WhenAll(old.Municipalities.Values
            .GroupBy(a => catalog.Municipality(a.Number)?.CountyNumber)
            .Where(g => g.Key is not null)
            .Select(g => County(g.Key!).Seed(g.ToList())));
        await Task.WhenAll(old.Consortia.Values
            .GroupBy(a => catalog.Municipality(a.Lead)?.CountyNumber)
            .Where(g => g.Key is not null)
            .Select(g => County(g.Key!).SeedConsortia(g.ToList())));
        var unplaced = await MoveDialogueEventsAsync(old.DialogueEvents.Values, old.Consortia.Values);
        old.Municipalities.Clear();
        old.Consortia.Clear();
        old.DialogueEvents = unplaced.ToDictionary(a => a.EventId);
        await state.CommitAsync(this);
    }

    /// <summary>
    /// Sends each stored dialogue event report to the county of its consortium's lead, found among the consortium
    /// reports (the county grains' and the old ones just moved), else in the consortium directory. Returns the reports
    /// whose consortium is found nowhere: they stay stored here and are tried again on the next activation.
    /// </summary>
    private async Task<List<DialogueEventActivity>> MoveDialogueEventsAsync(
        ICollection<DialogueEventActivity> events, IEnumerable<ConsortiumActivity> oldConsortia)
    {
        if (events.Count == 0) return [];
        var counties = await Task.WhenAll(catalog.Counties.Select(c => County(c.Number).Reports()));
        var leads = new Dictionary<string, string>();
        foreach (var c in counties.SelectMany(c => c.Consortia).Concat(oldConsortia)) leads.TryAdd(c.Id, c.Lead);
        if (events.Any(e => !leads.ContainsKey(e.ConsortiumId)))
            foreach (var c in await ConsortiumDirectory.SnapshotAsync(GrainFactory, catalog)) leads.TryAdd(c.Id, c.Lead);

        var placed = events
            .Select(e => (Event: e, County: leads.TryGetValue(e.ConsortiumId, out var lead) ? catalog.Municipality(lead)?.CountyNumber : null))
            .ToList();
        await Task.WhenAll(placed.Where(p => p.County is not null).GroupBy(p => p.County!)
            .Select(g => County(g.Key).SeedDialogueEvents(g.Select(p => p.Event).ToList())));
        var unplaced = placed.Where(p => p.County is null).Select(p => p.Event).ToList();
        if (unplaced.Count > 0)
            logger.LogWarning("{Count} stored dialogue event reports name a consortium with no known lead; they stay in the overview grain", unplaced.Count);
        return unplaced;
    }

    /// <summary>Reports the move could not place yet: still counted, so the figures do not drop while they wait.</summary>
    private IEnumerable<DialogueEventActivity> Unplaced => state.State.DialogueEvents.Values;
#pragma warning restore CS0618

    Task IProgrammeOverviewGrain.ReportMunicipality(MunicipalityActivity activity) =>
        catalog.Municipality(activity.Number) is { } m
            ? County(m.CountyNumber).ReportMunicipality(activity)
            : Task.CompletedTask;

    Task IProgrammeOverviewGrain.ReportConsortium(ConsortiumActivity activity) =>
        catalog.Municipality(activity.Lead) is { } lead
            ? County(lead.CountyNumber).ReportConsortium(activity)
            : Task.CompletedTask;

    async Task<ProgrammeOverview> IProgrammeOverviewGrain.GetOverview()
    {
        Guard.RequireProgramme(CallerContext.Current);
        var counties = await Task.WhenAll(catalog.Counties.Select(c => County(c.Number).Reports()));
        var versions = counties.Select(c => c.Version).ToArray();
        if (_computed is null || !versions.SequenceEqual(_computedFrom))
        {
            var events = counties.SelectMany(c => c.DialogueEvents).ToDictionary(a => a.EventId);
            foreach (var e in Unplaced) events.TryAdd(e.EventId, e);
            var all = new ProgrammeReports
            {
                Municipalities = counties.SelectMany(c => c.Municipalities).ToDictionary(a => a.Number),
                Consortia = counties.SelectMany(c => c.Consortia).ToDictionary(a => a.Id),
                DialogueEvents = events,
            };
            _computed = ProgrammeOverviewRules.Compute(all, catalog);
            _computedFrom = versions;
        }
        return _computed;
    }

    private IProgrammeCountyGrain County(string number) => GrainFactory.GetGrain<IProgrammeCountyGrain>(number);
}
