using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// Holds the latest report of every dialogue event, and reads the municipalities' and consortia's reports from the 15
/// county grains (<see cref="IProgrammeCountyGrain"/>), so neither publishing a need nor changing a consortium waits on
/// this one grain. Writes only when a report changes something, and computes the overview once per change rather than
/// once per query.
/// </summary>
public sealed class ProgrammeOverviewGrain(
    [PersistentState("programme", StorageNames.Default)] IPersistentState<ProgrammeOverviewState> state,
    ReferenceCatalog catalog) : Grain, IProgrammeOverviewGrain
{
    private ProgrammeOverview? _computed;
    private long[] _computedFrom = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Municipality and consortium reports stored here before the county grains kept them move to them once.
        if (state.State.Municipalities.Count == 0 && state.State.Consortia.Count == 0) return;
        await Task.WhenAll(state.State.Municipalities.Values
            .GroupBy(a => catalog.Municipality(a.Number)?.CountyNumber)
            .Where(g => g.Key is not null)
            .Select(g => GrainFactory.GetGrain<IProgrammeCountyGrain>(g.Key!).Seed(g.ToList())));
        await Task.WhenAll(state.State.Consortia.Values
            .GroupBy(a => catalog.Municipality(a.Lead)?.CountyNumber)
            .Where(g => g.Key is not null)
            .Select(g => GrainFactory.GetGrain<IProgrammeCountyGrain>(g.Key!).SeedConsortia(g.ToList())));
        state.State.Municipalities.Clear();
        state.State.Consortia.Clear();
        await WriteAsync();
    }

    Task IProgrammeOverviewGrain.ReportMunicipality(MunicipalityActivity activity) =>
        catalog.Municipality(activity.Number) is { } m
            ? GrainFactory.GetGrain<IProgrammeCountyGrain>(m.CountyNumber).ReportMunicipality(activity)
            : Task.CompletedTask;

    Task IProgrammeOverviewGrain.ReportConsortium(ConsortiumActivity activity) =>
        catalog.Municipality(activity.Lead) is { } lead
            ? GrainFactory.GetGrain<IProgrammeCountyGrain>(lead.CountyNumber).ReportConsortium(activity)
            : Task.CompletedTask;

    async Task IProgrammeOverviewGrain.ReportDialogueEvent(DialogueEventActivity activity)
    {
        if (state.State.DialogueEvents.TryGetValue(activity.EventId, out var known) && known.Version >= activity.Version) return;
        state.State.DialogueEvents[activity.EventId] = activity;
        await WriteAsync();
    }

    async Task<ProgrammeOverview> IProgrammeOverviewGrain.GetOverview()
    {
        Guard.RequireProgramme(CallerContext.Current);
        var counties = await Task.WhenAll(catalog.Counties.Select(c => GrainFactory.GetGrain<IProgrammeCountyGrain>(c.Number).Reports()));
        var versions = counties.Select(c => c.Version).ToArray();
        if (_computed is null || !versions.SequenceEqual(_computedFrom))
        {
            var all = new ProgrammeOverviewState
            {
                Municipalities = counties.SelectMany(c => c.Municipalities).ToDictionary(a => a.Number),
                Consortia = counties.SelectMany(c => c.Consortia).ToDictionary(a => a.Id),
                DialogueEvents = state.State.DialogueEvents,
            };
            _computed = ProgrammeOverviewRules.Compute(all, catalog);
            _computedFrom = versions;
        }
        return _computed;
    }

    private async Task WriteAsync()
    {
        _computed = null;
        await state.CommitAsync(this);
    }
}
