using Samspill.Grains.Capability;
using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Programme;

/// <summary>
/// The dashboard's aggregates, computed from the same stored reports as the overview (no grain calls, no scans of
/// other grains). Each answers one of the programme's everyday questions in one query; docs/programme.md says what
/// each counts.
/// </summary>
public static class ProgrammeAggregateRules
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The calendar year of an instant in Norway.</summary>
    public static int OsloYear(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Oslo).Year;

    /// <summary>
    /// Consortia per year of creation: each counts once in the total and by its current phase, and once in every
    /// county where a joined member (the lead included) lies. Reports from before creation times were reported
    /// carry no time and are left out.
    /// </summary>
    public static IReadOnlyList<ConsortiaFormedYear> ConsortiaFormed(IEnumerable<ConsortiumActivity> consortia, ReferenceCatalog catalog) =>
        consortia.Where(c => c.CreatedAt is not null)
            .GroupBy(c => OsloYear(c.CreatedAt!.Value))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var perCounty = g.SelectMany(c => Counties(c, catalog)).GroupBy(county => county)
                    .ToDictionary(x => x.Key, x => x.Count());
                return new ConsortiaFormedYear(
                    g.Key,
                    g.Count(),
                    catalog.Counties.Select(county => new CountyCount(county.Number, perCounty.GetValueOrDefault(county.Number))).ToList(),
                    Enum.GetValues<ConsortiumPhase>().Select(p => new PhaseCount(p, g.Count(c => c.Phase == p))).ToList());
            })
            .ToList();

    private static IEnumerable<string> Counties(ConsortiumActivity c, ReferenceCatalog catalog) =>
        c.JoinedMembers.Append(c.Lead).Select(m => catalog.Municipality(m)?.CountyNumber).OfType<string>().Distinct();

    /// <summary>
    /// Every year anyone reported procurements for, oldest first: counts and (where reported) values summed
    /// nationally and per county, and how many municipalities reported. Each municipality's report carries its
    /// latest <see cref="MunicipalityActivity.ReportedYears"/> years with procurements.
    /// </summary>
    public static IReadOnlyList<InnovativeShareYear> InnovativeShareByYear(
        IReadOnlyDictionary<string, MunicipalityActivity> municipalities, ReferenceCatalog catalog)
    {
        var rows = municipalities.Values
            .SelectMany(m => (m.Statistics ?? []).Where(r => r.Total > 0)
                .Select(r => (County: catalog.Municipality(m.Number)?.CountyNumber, Record: r)))
            .Where(x => x.County is not null)
            .ToList();
        return rows.GroupBy(x => x.Record.Year).OrderBy(g => g.Key).Select(g => new InnovativeShareYear(
                g.Key,
                Sum(g.Select(x => x.Record)),
                catalog.Counties.Select(county => new CountyShare(county.Number,
                    Sum(g.Where(x => x.County == county.Number).Select(x => x.Record)))).ToList()))
            .ToList();
    }

    /// <summary>Sums counts over every report and values over the reports that carry them.</summary>
    public static ShareFigures Sum(IEnumerable<Municipalities.ProcurementStatisticsRecord> records)
    {
        var list = records.ToList();
        var valued = list.Where(r => r.TotalValueNok is not null).ToList();
        return new ShareFigures(
            list.Sum(r => (long)r.Total),
            list.Sum(r => (long)r.Innovative),
            valued.Sum(r => r.TotalValueNok!.Value),
            valued.Sum(r => r.InnovativeValueNok ?? 0),
            list.Count,
            valued.Count);
    }

    /// <summary>Every municipality in catalog order, with what it takes part in.</summary>
    public static IReadOnlyList<MunicipalityStanding> Standings(
        IReadOnlyDictionary<string, MunicipalityActivity> municipalities, ReferenceCatalog catalog) =>
        catalog.Municipalities.Select(m =>
        {
            var a = municipalities.GetValueOrDefault(m.Number);
            var scores = a?.Capability;
            return new MunicipalityStanding(
                m.Number,
                a?.PublishedNeeds ?? 0,
                a?.ActiveMemberships ?? 0,
                a?.Statistics is { Count: > 0 } s ? s.Max(r => r.Year) : null,
                scores is { Count: > 0 } ? scores.Average(x => x.Score) : null);
        }).ToList();

    /// <summary>The capability averages of the municipalities that pass <paramref name="include"/>.</summary>
    public static IReadOnlyList<CapabilityAverage> CapabilityOf(
        IReadOnlyDictionary<string, MunicipalityActivity> municipalities, Func<string, bool> include) =>
        ProgrammeOverviewRules.CapabilityAverages(municipalities.Values.Where(m => include(m.Number)));

    /// <summary>Per county, the capability averages of its municipalities.</summary>
    public static IReadOnlyList<CountyCapability> CapabilityByCounty(
        IReadOnlyDictionary<string, MunicipalityActivity> municipalities, ReferenceCatalog catalog) =>
        catalog.Counties.Select(county =>
        {
            var members = county.MunicipalityNumbers.ToHashSet();
            return new CountyCapability(county.Number, CapabilityOf(municipalities, members.Contains));
        }).ToList();
}
