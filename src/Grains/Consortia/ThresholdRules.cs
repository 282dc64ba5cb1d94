using Samspill.Grains.Needs;

namespace Samspill.Grains.Consortia;

/// <summary>AGGREGATED_VALUE: the regime follows the summed value of every pooled need and the consortium's category.</summary>
public static class ThresholdRules
{
    public static long CombinedValue(IEnumerable<PooledNeed> needs) => needs.Sum(n => n.EstimatedValueNok);

    /// <summary>
    /// The category that carries the largest share of the value decides between the works and the goods/services EEA
    /// threshold; on a tie the lower (stricter) threshold applies.
    /// </summary>
    public static ProcurementCategory MainCategory(IReadOnlyCollection<PooledNeed> needs)
    {
        if (needs.Count == 0) return ProcurementCategory.Services;
        var works = needs.Where(n => n.Category == ProcurementCategory.Works).Sum(n => n.EstimatedValueNok);
        var other = needs.Where(n => n.Category != ProcurementCategory.Works).Sum(n => n.EstimatedValueNok);
        if (works > other) return ProcurementCategory.Works;
        if (other == 0 && works == 0 && needs.All(n => n.Category == ProcurementCategory.Works)) return ProcurementCategory.Works;
        return needs.GroupBy(n => n.Category).Where(g => g.Key != ProcurementCategory.Works)
            .OrderByDescending(g => g.Sum(n => n.EstimatedValueNok)).Select(g => g.Key).FirstOrDefault(ProcurementCategory.Services);
    }

    public static ThresholdRegime Regime(IReadOnlyCollection<PooledNeed> needs, ThresholdOptions options)
    {
        var value = CombinedValue(needs);
        var eea = MainCategory(needs) == ProcurementCategory.Works ? options.EeaWorksNok : options.EeaGoodsAndServicesNok;
        if (value >= eea) return ThresholdRegime.Eea;
        return value >= options.NationalNok ? ThresholdRegime.National : ThresholdRegime.BelowNational;
    }
}
