using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>Holds the latest report of every municipality and consortium; writes only when a report changes something.</summary>
public sealed class ProgrammeOverviewGrain(
    [PersistentState("programme", StorageNames.Default)] IPersistentState<ProgrammeOverviewState> state,
    ReferenceCatalog catalog) : Grain, IProgrammeOverviewGrain
{
    async Task IProgrammeOverviewGrain.ReportMunicipality(MunicipalityActivity activity)
    {
        if (state.State.Municipalities.TryGetValue(activity.Number, out var known) && known == activity) return;
        state.State.Municipalities[activity.Number] = activity;
        await state.WriteStateAsync();
    }

    async Task IProgrammeOverviewGrain.ReportConsortium(ConsortiumActivity activity)
    {
        if (state.State.Consortia.TryGetValue(activity.Id, out var known) && known.Version >= activity.Version) return;
        state.State.Consortia[activity.Id] = activity;
        await state.WriteStateAsync();
    }

    async Task IProgrammeOverviewGrain.ReportDialogueEvent(DialogueEventActivity activity)
    {
        if (state.State.DialogueEvents.TryGetValue(activity.EventId, out var known) && known.Version >= activity.Version) return;
        state.State.DialogueEvents[activity.EventId] = activity;
        await state.WriteStateAsync();
    }

    Task<ProgrammeOverview> IProgrammeOverviewGrain.GetOverview()
    {
        Guard.RequireProgramme(CallerContext.Current);
        return Task.FromResult(ProgrammeOverviewRules.Compute(state.State, catalog));
    }
}
