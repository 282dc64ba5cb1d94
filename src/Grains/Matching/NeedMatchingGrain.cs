using Orleans.Concurrency;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Matching;

/// <summary>Stateless fan-out over the county indexes, scoring with <see cref="NeedMatcher"/>.</summary>
[StatelessWorker]
public sealed class NeedMatchingGrain(ReferenceCatalog catalog) : Grain, INeedMatchingGrain
{
    async Task<IReadOnlyList<NeedMatch>> INeedMatchingGrain.FindSimilar(NeedRecord need, int first)
    {
        var own = catalog.Municipality(need.Municipality)!;
        var search = new NeedSearch { PoolableOnly = true };
        var perCounty = await Task.WhenAll(catalog.Counties.Select(c => GrainFactory.GetGrain<INeedIndexGrain>(c.Number).Search(search)));
        return perCounty.SelectMany(x => x)
            .Select(other => NeedMatcher.Score(need, other, own, catalog.Municipality(other.Municipality)!))
            .OfType<NeedMatch>()
            .OrderByDescending(m => m.Score).ThenBy(m => m.Need.Id, StringComparer.Ordinal)
            .Take(Math.Clamp(first, 0, 100))
            .ToList();
    }
}
