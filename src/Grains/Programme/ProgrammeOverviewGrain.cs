using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// Holds the latest report of every municipality, consortium and dialogue event; writes only when a report changes
/// something, and computes the overview once per change rather than once per query.
/// </summary>
public sealed class ProgrammeOverviewGrain(
    [PersistentState("programme", StorageNames.Default)] IPersistentState<ProgrammeOverviewState> state,
    ReferenceCatalog catalog) : Grain, IProgrammeOverviewGrain
{
    private ProgrammeOverview? _computed;

    async Task IProgrammeOverviewGrain.ReportMunicipality(MunicipalityActivity activity)
    {
        if (state.State.Municipalities.TryGetValue(activity.Number, out var known) && known.SameAs(activity)) return;
        state.State.Municipalities[activity.Number] = activity;
        await WriteAsync();
    }

    async Task IProgrammeOverviewGrain.ReportConsortium(ConsortiumActivity activity)
    {
        if (state.State.Consortia.TryGetValue(activity.Id, out var known) && known.Version >= activity.Version) return;
        state.State.Consortia[activity.Id] = activity;
        await WriteAsync();
    }

    async Task IProgrammeOverviewGrain.ReportDialogueEvent(DialogueEventActivity activity)
    {
        if (state.State.DialogueEvents.TryGetValue(activity.EventId, out var known) && known.Version >= activity.Version) return;
        state.State.DialogueEvents[activity.EventId] = activity;
        await WriteAsync();
    }

    Task<ProgrammeOverview> IProgrammeOverviewGrain.GetOverview()
    {
        Guard.RequireProgramme(CallerContext.Current);
        return Task.FromResult(_computed ??= ProgrammeOverviewRules.Compute(state.State, catalog));
    }

    private async Task WriteAsync()
    {
        _computed = null;
        await state.CommitAsync(this);
    }
}
