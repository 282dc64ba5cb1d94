using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>Computes the overview from the last reports: at most 357 municipalities and the consortia, no grain calls.</summary>
public static class ProgrammeOverviewRules
{
    public static ProgrammeOverview Compute(ProgrammeOverviewState s, ReferenceCatalog catalog)
    {
        bool Active(string number) => s.Municipalities.TryGetValue(number, out var a) && (a.PublishedNeeds > 0 || a.ActiveMemberships > 0);
        int Needs(string number) => s.Municipalities.TryGetValue(number, out var a) ? a.PublishedNeeds : 0;

        var small = catalog.Municipalities.Where(m => m.SmallDistrict).ToList();
        return new ProgrammeOverview
        {
            MunicipalityCount = catalog.Municipalities.Count,
            ActiveMunicipalities = catalog.Municipalities.Count(m => Active(m.Number)),
            SmallDistrictMunicipalities = small.Count,
            ActiveSmallDistrictMunicipalities = small.Count(m => Active(m.Number)),
            NeedCount = s.Municipalities.Values.Sum(a => a.PublishedNeeds),
            ConsortiaByPhase = Enum.GetValues<ConsortiumPhase>()
                .Select(p => new PhaseCount(p, s.Consortia.Values.Count(c => c.Phase == p))).ToList(),
            DialogueEventsAnnounced = s.DialogueEvents.Values.Count(e => !e.Cancelled),
            SupplierRegistrations = s.DialogueEvents.Values.Where(e => !e.Cancelled).Sum(e => e.ActiveRegistrations),
            ByCounty = catalog.Counties.Select(county => new CountyActivity(
                county.Number,
                county.MunicipalityNumbers.Count(Active),
                county.MunicipalityNumbers.Sum(Needs),
                s.Consortia.Values.Count(c => c.JoinedMembers.Append(c.Lead).Any(m => county.MunicipalityNumbers.Contains(m)))))
                .ToList(),
        };
    }
}
