using Samspill.Grains.Common;

namespace Samspill.Grains.Programme;

/// <summary>Stored state of one county's share of the programme overview.</summary>
[GenerateSerializer, Alias("Samspill.ProgrammeCountyState")]
public sealed class ProgrammeCountyState
{
    [Id(0)] public Dictionary<string, MunicipalityActivity> Municipalities { get; set; } = [];
    [Id(1)] public long Version { get; set; }
}

/// <summary>One county's municipality reports (see <see cref="IProgrammeCountyGrain"/>); writes only when a report changes something.</summary>
public sealed class ProgrammeCountyGrain(
    [PersistentState("programmecounty", StorageNames.Default)] IPersistentState<ProgrammeCountyState> state) : Grain, IProgrammeCountyGrain
{
    async Task IProgrammeCountyGrain.ReportMunicipality(MunicipalityActivity activity)
    {
        if (state.State.Municipalities.TryGetValue(activity.Number, out var known) && known.SameAs(activity)) return;
        state.State.Municipalities[activity.Number] = activity;
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
        Task.FromResult(new CountyReports(state.State.Version, state.State.Municipalities.Values.ToList()));

    Task<long> IProgrammeCountyGrain.HiddenActivityEntries() =>
        Task.FromResult(state.State.Municipalities.Values.Sum(m => (long)m.HiddenActivityEntries));

    private async Task WriteAsync()
    {
        state.State.Version++;
        await state.CommitAsync(this);
    }
}
