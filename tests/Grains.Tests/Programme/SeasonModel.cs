using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.Programme;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Tests.Programme;

/// <summary>
/// What a scripted season should show, counted straight from the script with plain loops and none of the
/// production code's reports or rules, so the overview is checked against an independent count.
/// </summary>
public sealed class SeasonModel(ReferenceCatalog catalog)
{
    public sealed class Consortium(string lead)
    {
        public string Lead { get; } = lead;
        public ConsortiumPhase Phase { get; set; } = ConsortiumPhase.Forming;
        public HashSet<string> Joined { get; } = [lead];
    }

    /// <summary>municipality → need id → withdrawn.</summary>
    public Dictionary<string, Dictionary<string, bool>> Needs { get; } = [];
    public Dictionary<string, Consortium> Consortia { get; } = [];
    /// <summary>municipality → year → (total, innovative).</summary>
    public Dictionary<string, Dictionary<int, (int Total, int Innovative)>> Statistics { get; } = [];
    /// <summary>municipality → its latest scores.</summary>
    public Dictionary<string, Dictionary<CapabilityDimension, int>> Capability { get; } = [];
    /// <summary>event id → (cancelled, registrations) of the newest report.</summary>
    public Dictionary<string, (bool Cancelled, int Registrations)> DialogueEvents { get; } = [];

    private static bool Running(ConsortiumPhase p) => p != ConsortiumPhase.Completed && p != ConsortiumPhase.Cancelled;

    private int OpenNeeds(string m)
    {
        var count = 0;
        if (Needs.TryGetValue(m, out var needs))
            foreach (var withdrawn in needs.Values)
                if (!withdrawn) count++;
        return count;
    }

    private bool Active(string m)
    {
        if (OpenNeeds(m) > 0) return true;
        foreach (var c in Consortia.Values)
            if (Running(c.Phase) && c.Joined.Contains(m)) return true;
        return false;
    }

    public void AssertMatches(ProgrammeOverview actual, string when)
    {
        var all = catalog.Municipalities;
        int active = 0, smallTotal = 0, smallActive = 0, needs = 0;
        foreach (var m in all)
        {
            if (Active(m.Number)) active++;
            if (m.SmallDistrict) { smallTotal++; if (Active(m.Number)) smallActive++; }
            needs += OpenNeeds(m.Number);
        }
        Check(when, "municipalityCount", 357, actual.MunicipalityCount);
        Check(when, "activeMunicipalities", active, actual.ActiveMunicipalities);
        Check(when, "smallDistrictMunicipalities", smallTotal, actual.SmallDistrictMunicipalities);
        Check(when, "activeSmallDistrictMunicipalities", smallActive, actual.ActiveSmallDistrictMunicipalities);
        Check(when, "needCount", needs, actual.NeedCount);

        foreach (var phase in Enum.GetValues<ConsortiumPhase>())
        {
            var count = 0;
            foreach (var c in Consortia.Values) if (c.Phase == phase) count++;
            Check(when, $"consortiaByPhase[{phase}]", count, actual.ConsortiaByPhase.Single(p => p.Phase == phase).Count);
        }

        int announced = 0, registrations = 0;
        foreach (var (cancelled, regs) in DialogueEvents.Values)
            if (!cancelled) { announced++; registrations += regs; }
        Check(when, "dialogueEventsAnnounced", announced, actual.DialogueEventsAnnounced);
        Check(when, "supplierRegistrations", registrations, actual.SupplierRegistrations);

        var latestYear = 0;
        long yearTotal = 0, yearInnovative = 0;
        foreach (var years in Statistics.Values)
            foreach (var (year, figures) in years)
                if (figures.Total > 0 && year > latestYear) latestYear = year;
        foreach (var years in Statistics.Values)
            if (years.TryGetValue(latestYear, out var f)) { yearTotal += f.Total; yearInnovative += f.Innovative; }
        Check(when, "innovativeShare", latestYear == 0 ? null : (double)yearInnovative / yearTotal, actual.InnovativeShare);

        foreach (var county in catalog.Counties)
        {
            int countyActive = 0, countyNeeds = 0, countyConsortia = 0;
            foreach (var m in county.MunicipalityNumbers)
            {
                if (Active(m)) countyActive++;
                countyNeeds += OpenNeeds(m);
            }
            foreach (var c in Consortia.Values)
                if (Running(c.Phase) && c.Joined.Any(m => catalog.Municipality(m)!.CountyNumber == county.Number)) countyConsortia++;
            var a = actual.ByCounty.Single(x => x.County == county.Number);
            Check(when, $"byCounty[{county.Number}]", (countyActive, countyNeeds, countyConsortia), (a.ActiveMunicipalities, a.Needs, a.Consortia));
        }

        foreach (var dimension in Enum.GetValues<CapabilityDimension>())
        {
            int sum = 0, responses = 0;
            foreach (var scores in Capability.Values) { sum += scores[dimension]; responses++; }
            var a = actual.CapabilityAverages.Single(x => x.Dimension == dimension);
            Check(when, $"capabilityAverages[{dimension}]", (responses == 0 ? 0 : (double)sum / responses, responses), (a.Average, a.Responses));
        }
    }

    private static void Check<T>(string when, string figure, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new Xunit.Sdk.XunitException($"{when}: {figure} is {actual}, the script counts {expected}");
    }
}
