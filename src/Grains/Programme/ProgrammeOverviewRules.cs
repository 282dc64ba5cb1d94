using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// Computes the overview from the last reports: one pass over at most 357 municipality reports and the consortium
/// and dialogue event reports, no grain calls. What each figure counts is written out in docs/programme.md.
/// </summary>
public static class ProgrammeOverviewRules
{
    public static ProgrammeOverview Compute(ProgrammeReports s, ReferenceCatalog catalog)
    {
        bool Active(string number) => s.Municipalities.TryGetValue(number, out var a) && a.IsActive;
        int Needs(string number) => s.Municipalities.TryGetValue(number, out var a) ? a.PublishedNeeds : 0;

        // A consortium counts in every county where one of its joined members (the lead included) lies, while it runs.
        var consortiaPerCounty = s.Consortia.Values
            .Where(c => ConsortiumRules.IsActive(c.Phase))
            .SelectMany(c => c.JoinedMembers.Append(c.Lead)
                .Select(m => catalog.Municipality(m)?.CountyNumber).OfType<string>().Distinct())
            .GroupBy(county => county)
            .ToDictionary(g => g.Key, g => g.Count());

        var small = catalog.Municipalities.Where(m => m.SmallDistrict).ToList();
        var (shareYear, share) = InnovativeShare(s.Municipalities.Values);
        return new ProgrammeOverview
        {
            MunicipalityCount = catalog.Municipalities.Count,
            ActiveMunicipalities = catalog.Municipalities.Count(m => Active(m.Number)),
            SmallDistrictMunicipalities = small.Count,
            ActiveSmallDistrictMunicipalities = small.Count(m => Active(m.Number)),
            NeedCount = catalog.Municipalities.Sum(m => Needs(m.Number)),
            ConsortiaByPhase = Enum.GetValues<ConsortiumPhase>()
                .Select(p => new PhaseCount(p, s.Consortia.Values.Count(c => c.Phase == p))).ToList(),
            DialogueEventsAnnounced = s.DialogueEvents.Values.Count(e => !e.Cancelled),
            SupplierRegistrations = s.DialogueEvents.Values.Where(e => !e.Cancelled).Sum(e => e.ActiveRegistrations),
            InnovativeShare = share,
            InnovativeShareYear = shareYear,
            ByCounty = catalog.Counties.Select(county => new CountyActivity(
                    county.Number,
                    county.MunicipalityNumbers.Count(Active),
                    county.MunicipalityNumbers.Sum(Needs),
                    consortiaPerCounty.GetValueOrDefault(county.Number)))
                .ToList(),
            CapabilityAverages = CapabilityAverages(s.Municipalities.Values),
            ConsortiaFormed = ProgrammeAggregateRules.ConsortiaFormed(s.Consortia.Values, catalog),
            InnovativeShareByYear = ProgrammeAggregateRules.InnovativeShareByYear(s.Municipalities, catalog),
            Municipalities = ProgrammeAggregateRules.Standings(s.Municipalities, catalog),
            CapabilityByCounty = ProgrammeAggregateRules.CapabilityByCounty(s.Municipalities, catalog),
            CapabilitySmallDistrict = ProgrammeAggregateRules.CapabilityOf(s.Municipalities, n => catalog.Municipality(n)?.SmallDistrict == true),
            CapabilityOtherMunicipalities = ProgrammeAggregateRules.CapabilityOf(s.Municipalities, n => catalog.Municipality(n)?.SmallDistrict == false),
        };
    }

    /// <summary>
    /// Innovative procurements over all procurements in the latest year that any municipality reported with at least
    /// one procurement; (null, null) before the first such report.
    /// </summary>
    public static (int? Year, double? Share) InnovativeShare(IEnumerable<MunicipalityActivity> municipalities)
    {
        var latest = municipalities
            .SelectMany(m => m.Statistics ?? [])
            .GroupBy(r => r.Year)
            .Select(g => (Year: g.Key, Total: g.Sum(r => (long)r.Total), Innovative: g.Sum(r => (long)r.Innovative)))
            .Where(y => y.Total > 0)
            .OrderByDescending(y => y.Year)
            .FirstOrDefault();
        return latest.Total > 0 ? (latest.Year, (double)latest.Innovative / latest.Total) : (null, null);
    }

    /// <summary>Every dimension, in contract order; with no responses the average is 0.</summary>
    public static IReadOnlyList<CapabilityAverage> CapabilityAverages(IEnumerable<MunicipalityActivity> municipalities)
    {
        var latest = municipalities.Select(m => m.Capability).OfType<IReadOnlyList<CapabilityScore>>().ToList();
        return CapabilityRules.Dimensions.Select(d =>
        {
            var scores = latest.Select(a => a.FirstOrDefault(x => x.Dimension == d)?.Score).OfType<int>().ToList();
            return new CapabilityAverage(d, scores.Count == 0 ? 0 : scores.Average(), scores.Count);
        }).ToList();
    }
}
