using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Ocds;

/// <summary>
/// Reads what the open data is made of: the announced consortia from the directory, each one's public view, its
/// public needs' titles and its dialogue. Its endpoints read as anonymous (<c>ReadsAsAnonymous</c>), so nothing
/// beyond public data can reach it whoever asks.
/// </summary>
public sealed class OcdsExporter(IGrainFactory grains, ReferenceCatalog catalog, IOcdsDialogueSource dialogue, OcdsMapper mapper)
{
    /// <summary>The releases of every consortium that has announced a dialogue event, oldest consortium first.</summary>
    public async Task<IReadOnlyList<OcdsRelease>> AllAsync(CancellationToken cancellationToken)
    {
        var announced = (await ConsortiumDirectory.ListAsync(grains, catalog))
            .Where(s => s.HasAnnouncedEvent)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var releases = await Task.WhenAll(announced.Select(s => ReleaseAsync(s.Id, cancellationToken)));
        return releases.OfType<OcdsRelease>().ToList();
    }

    /// <summary>The consortium's release, or null when it does not exist or has announced nothing.</summary>
    public async Task<OcdsRelease?> OneAsync(string id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id) || id.Length > EntityIds.MaxLength) return null;
        return await ReleaseAsync(id, cancellationToken);
    }

    private async Task<OcdsRelease?> ReleaseAsync(string id, CancellationToken cancellationToken)
    {
        var view = await grains.GetGrain<IConsortiumGrain>(id).GetView();
        if (view is null || view.DialogueEventIds.Count == 0) return null;

        var owners = view.PooledNeeds.Select(n => n.Municipality).Distinct().ToList();
        var visible = await Task.WhenAll(owners.Select(m => grains.GetGrain<IMunicipalityGrain>(m).GetNeeds(includeWithdrawn: false)));
        var pooled = view.PooledNeeds.Select(n => n.NeedId).ToHashSet();
        var titles = visible.SelectMany(needs => needs).Where(n => pooled.Contains(n.Id)).ToDictionary(n => n.Id, n => n.Title);

        var events = await dialogue.GetAsync(id, view.DialogueEventIds, cancellationToken);
        return mapper.Release(new OcdsConsortiumInput(view, titles, events));
    }
}
