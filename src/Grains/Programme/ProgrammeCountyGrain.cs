using Samspill.Grains.Common;

namespace Samspill.Grains.Programme;

/// <summary>Stored state of one county's share of the programme overview: its municipalities, the consortia they lead and those consortia's dialogue events.</summary>
[GenerateSerializer, Alias("Samspill.ProgrammeCountyState")]
public sealed class ProgrammeCountyState
{
    [Id(0)] public Dictionary<string, MunicipalityActivity> Municipalities { get; set; } = [];
    [Id(1)] public long Version { get; set; }
    [Id(2)] public Dictionary<string, ConsortiumActivity> Consortia { get; set; } = [];
    [Id(3)] public Dictionary<string, DialogueEventActivity> DialogueEvents { get; set; } = [];
}

/// <summary>One county's municipality, consortium and dialogue event reports (see <see cref="IProgrammeCountyGrain"/>); writes only when a report changes something.</summary>
public sealed class ProgrammeCountyGrain(
    [PersistentState("programmecounty", StorageNames.Default)] IPersistentState<ProgrammeCountyState> state) : Grain, IProgrammeCountyGrain
{
    async Task IProgrammeCountyGrain.ReportMunicipality(MunicipalityActivity activity)
    {
        if (state.State.Municipalities.TryGetValue(activity.Number, out var known) && known.SameAs(activity)) return;
        state.State.Municipalities[activity.Number] = activity;
        await WriteAsync();
    }

    async Task IProgrammeCountyGrain.ReportConsortium(ConsortiumActivity activity)
    {
        if (!Newer(activity)) return;
        state.State.Consortia[activity.Id] = activity;
        await WriteAsync();
    }

    async Task IProgrammeCountyGrain.ReportDialogueEvent(DialogueEventActivity activity)
    {
        if (!Newer(activity)) return;
        state.State.DialogueEvents[activity.EventId] = activity;
        await WriteAsync();
    }

    async Task IProgrammeCountyGrain.SeedDialogueEvents(IReadOnlyList<DialogueEventActivity> activities)
    {
        var fresh = activities.Where(Newer).ToList();
        if (fresh.Count == 0) return;
        foreach (var a in fresh) state.State.DialogueEvents[a.EventId] = a;
        await WriteAsync();
    }

    async Task IProgrammeCountyGrain.SeedConsortia(IReadOnlyList<ConsortiumActivity> activities)
    {
        var fresh = activities.Where(Newer).ToList();
        if (fresh.Count == 0) return;
        foreach (var a in fresh) state.State.Consortia[a.Id] = a;
        await WriteAsync();
    }

    async Task IProgrammeCountyGrain.Seed(IReadOnlyList<MunicipalityActivity> activities)
    {
        var fresh = activities.Where(a => !state.State.Municipalities.ContainsKey(a.Number)).ToList();
        if (fresh.Count == 0) return;
        foreach (var a in fresh) state.State.Municipalities[a.Number] = a;
        await WriteAsync();
    }

    Task<CountyReports> IProgrammeCountyGrain.Reports() =>
        Task.FromResult(new CountyReports(state.State.Version, state.State.Municipalities.Values.ToList(), state.State.Consortia.Values.ToList(),
            state.State.DialogueEvents.Values.ToList()));

    Task<long> IProgrammeCountyGrain.HiddenActivityEntries() =>
        Task.FromResult(state.State.Municipalities.Values.Sum(m => (long)m.HiddenActivityEntries));

    private bool Newer(ConsortiumActivity activity) =>
        !state.State.Consortia.TryGetValue(activity.Id, out var known) || known.Version < activity.Version;

    private bool Newer(DialogueEventActivity activity) =>
        !state.State.DialogueEvents.TryGetValue(activity.EventId, out var known) || known.Version < activity.Version;

    private async Task WriteAsync()
    {
        state.State.Version++;
        await state.CommitAsync(this);
    }
}
