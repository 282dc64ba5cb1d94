using Samspill.Grains.Cases;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;
using Samspill.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samspill.Grains.Tests.Search;

/// <summary>
/// A relevance test set: Norwegian queries a procurement adviser would type, with the cases (the shipped 32) and needs
/// (written here, modelled on issue 14's trial) they would expect first. Reports precision at 5 per query and on
/// average, and fails below a floor set from the first honest run. Precision at 5 here is the share of the top five
/// hits that are expected, out of min(5, number expected), so a query with two right answers can reach 1.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    /// <summary>
    /// Set from the first honest run (0.888 mean precision@5 on 24 queries, 2026-12-04; weakest: brøytesnø 0.40, overvann, sykesignalanlegg and omsorgsboliger 0.50): a change that makes search
    /// clearly worse fails here. Raise it when search gets better; never lower it to make a change pass.
    /// </summary>
    public const double Floor = 0.80;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string Id, string Municipality, string Title, string Description, string Cpv)[] Needs =
    [
        ("n-alstahaug-velferd", "1820", "Velferdsteknologi i hjemmetjenesten", "Digitalt tilsyn og sensorer for brukere som bor hjemme", "33196200-2"),
        ("n-andoy-trygghet", "1871", "Trygghetsteknologi for hjemmeboende", "Trygghetsalarmer og fallsensorer for eldre som bor hjemme", "32500000-8"),
        ("n-bergen-respons", "4601", "Responssenter for trygghetsalarmer", "Døgnbemannet mottak av alarmer fra innbyggerne", "85323000-9"),
        ("n-pleiesenger", "1813", "Pleiesenger til sykehjem", "Elektriske senger til sykehjemmet", "33192100-3"),
        ("n-legemidler", "1813", "Legemidler til sykehjem", "Rammeavtale for legemidler til sykehjemmene", "33600000-6"),
        ("n-tromso-vinter", "5501", "Vintervedlikehold — brøyting og sandstrøing", "Brøyting og strøing av kommunale veier", "45233141-9"),
        ("n-narvik-broyting", "1806", "Brøyting", "Snørydding av veier og plasser i sentrum", "90620000-9"),
        ("n-journal", "1804", "Journalsystem for helse og omsorg", "Ny elektronisk pasientjournal for hjemmetjenesten og sykehjemmene", "48180000-3"),
        ("n-laering", "3301", "Læringsplattform for grunnskolen", "Digital læringsplattform og læremidler for elevene", "48190000-6"),
        ("n-medisin", "3805", "Medisindispensere", "Elektronisk medisineringsstøtte for hjemmeboende", "33190000-8"),
        ("n-vann", "5001", "Rehabilitering av vannledninger", "Gravefri fornyelse av gamle vannledninger", "45232150-8"),
        ("n-overvann", "3024", "Overvannshåndtering i sentrum", "Regnvann og flomsikring i sentrumsgatene", "45232130-2"),
        ("n-avfall", "1108", "Innsamling av husholdningsavfall", "Renovasjon med elektriske renovasjonsbiler", "90511000-2"),
        ("n-ferje", "4626", "Elektrisk ferje", "Utslippsfri ferge på sambandet over fjorden", "60610000-7"),
        ("n-hurtigbat", "1833", "Hurtigbåt uten utslipp", "Fossilfri passasjerbåt til øyene", "34520000-8"),
        ("n-ventilasjon", "0301", "Ventilasjon i eldre skolebygg", "Bedre inneklima i skolene uten å stenge dem", "42520000-7"),
        ("n-skred", "5501", "Varsling av snøskred", "Sensorer som oppdager skred over fylkesveien", "35125100-7"),
        ("n-mat", "3201", "Matlevering til hjemmeboende", "Dagligvarer levert på døren til brukere av hjemmetjenesten", "85312200-1"),
        ("n-ombruk", "5001", "Ombruk av byggematerialer", "Digital markedsplass for brukte byggematerialer", "72000000-5"),
        ("n-pasientvarsling", "1507", "Pasientvarsling på sykehjem", "Nytt sykesignalanlegg for sykehjemmet", "33195000-3"),
        ("n-snodeponi", "5001", "Snødeponi", "Mottak og smelting av brøytesnø", "90620000-9"),
        ("n-gatelys", "3403", "Smart gatelys", "Styring av gatebelysningen etter trafikken", "34993000-4"),
    ];

    public static readonly TheoryData<string, string[]> Queries = new()
    {
        { "velferdsteknologi", ["agder-trygghets-og-varslingsteknologi", "vaernesregionen-responsplattform", "asker-baerum-tryggere-hverdag", "n-alstahaug-velferd", "n-andoy-trygghet", "n-bergen-respons", "lyngdal-innobuild-omsorgsboliger", "alesund-pasientvarsling-more", "skien-lyngbakken-varslingssystem", "stavanger-lervig-signalanlegg", "larvik-elektronisk-medisineringsstotte"] },
        { "trygghetsalarm", ["agder-trygghets-og-varslingsteknologi", "vaernesregionen-responsplattform", "asker-baerum-tryggere-hverdag", "n-andoy-trygghet", "n-bergen-respons", "n-alstahaug-velferd"] },
        { "brøyting", ["n-tromso-vinter", "n-narvik-broyting", "smart-vinterveg-mjosbyene", "smelt-snohandtering", "n-snodeponi"] },
        { "snørydding", ["n-tromso-vinter", "n-narvik-broyting", "smart-vinterveg-mjosbyene", "smelt-snohandtering", "n-snodeponi"] },
        { "responssenter", ["n-bergen-respons", "agder-trygghets-og-varslingsteknologi", "vaernesregionen-responsplattform", "asker-baerum-tryggere-hverdag"] },
        { "pasientjournal", ["bodo-epj-nord-norge", "fremtidens-epj-trondelag", "helseplattformen-midt-norge", "n-journal"] },
        { "journalsystem", ["bodo-epj-nord-norge", "fremtidens-epj-trondelag", "helseplattformen-midt-norge", "n-journal"] },
        { "sensorer", ["n-alstahaug-velferd", "n-andoy-trygghet", "n-skred", "tffk-snoskred-deteksjon", "agder-trygghets-og-varslingsteknologi", "smart-vinterveg-mjosbyene"] },
        { "medisineringsstøtte", ["larvik-elektronisk-medisineringsstotte", "n-medisin"] },
        { "vannledninger", ["renvann-gravefri-renovering-vannledninger", "oslo-nodig-challenge", "n-vann"] },
        { "overvann", ["baerum-innovann-overvann", "n-overvann"] },
        { "avfallsinnsamling", ["oslo-ren-avfallsinnsamling", "n-avfall", "kristiansand-flytende-avfallsstasjon"] },
        { "ferje", ["hordaland-elektriske-ferjesamband", "n-ferje"] },
        { "utslippsfri hurtigbåt", ["hurtigbat-forkommersiell-utvikling", "fremtidens-hurtigbat-pilot", "n-hurtigbat"] },
        { "ventilasjon i skoler", ["oslo-bergen-ventilasjon-skoler", "n-ventilasjon"] },
        { "snøskred", ["tffk-snoskred-deteksjon", "n-skred"] },
        { "læremidler", ["baerum-digitale-laeremidler", "n-laering"] },
        { "ombruk av byggematerialer", ["trondelag-diplom-ombruk", "n-ombruk"] },
        { "sykesignalanlegg", ["alesund-pasientvarsling-more", "skien-lyngbakken-varslingssystem", "stavanger-lervig-signalanlegg", "n-pasientvarsling"] },
        { "hjemmetjenesten", ["n-alstahaug-velferd", "baerum-smart-mat", "n-mat", "n-journal", "n-medisin", "larvik-elektronisk-medisineringsstotte"] },
        { "biogass", ["hias-biogass-til-drivstoff"] },
        { "oljefyring", ["undervisningsbygg-oljefyring-skoler"] },
        { "omsorgsboliger", ["lyngdal-innobuild-omsorgsboliger", "baerum-smart-mat"] },
        { "brøytesnø", ["smelt-snohandtering", "n-snodeponi", "n-narvik-broyting", "n-tromso-vinter", "smart-vinterveg-mjosbyene"] },
    };

    private static readonly Lazy<SearchIndex> Index = new(() =>
    {
        var index = new SearchIndex(TestCatalog.Instance);
        foreach (var c in CaseSeed.Load(TestCatalog.Instance, Now)) index.Upsert(SearchDocuments.Case(c, TestCatalog.Instance));
        foreach (var n in Needs)
            index.Upsert(SearchDocuments.Need(new NeedRecord
            {
                Id = n.Id, Municipality = n.Municipality, Title = n.Title, Description = n.Description, Cpv = [n.Cpv],
                Visibility = NeedVisibility.Public, OpenToCollaboration = true, CreatedAt = Now, UpdatedAt = Now,
            }, TestCatalog.Instance)!);
        return index;
    });

    public static double PrecisionAt5(string query, IReadOnlyCollection<string> expected)
    {
        var top = Index.Value.Search(new SearchQuery { Text = query, First = 5 }, [SearchAudience.Public]).Hits.Select(h => h.Id).ToList();
        return (double)top.Count(expected.Contains) / Math.Min(5, expected.Count);
    }

    [Fact]
    public void Mean_precision_at_5_stays_above_the_floor()
    {
        var scores = Queries.Select(row => (Query: (string)row[0], P: PrecisionAt5((string)row[0], (string[])row[1]))).ToList();
        foreach (var (query, p) in scores) output.WriteLine($"{p:0.00}  {query}");
        var mean = scores.Average(s => s.P);
        output.WriteLine($"mean precision@5 over {scores.Count} queries: {mean:0.000} (floor {Floor:0.00})");
        Assert.True(scores.Count >= 20, "The set has at least 20 queries.");
        Assert.True(mean >= Floor, $"Mean precision@5 {mean:0.000} fell below the floor {Floor:0.00}.");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Every_query_finds_at_least_one_expected_hit_in_the_top_5(string query, string[] expected) =>
        Assert.True(PrecisionAt5(query, expected) > 0, $"'{query}' found none of [{string.Join(", ", expected)}] in its top 5.");
}
