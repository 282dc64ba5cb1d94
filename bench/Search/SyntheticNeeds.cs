using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Bench.Search;

/// <summary>Needs written from realistic Norwegian phrases per domain, spread over the 357 municipalities; seeded, so runs compare.</summary>
public static class SyntheticNeeds
{
    private static readonly (string Cpv, string[] Titles, string[] Phrases)[] Domains =
    [
        ("33196200-2", ["Velferdsteknologi i hjemmetjenesten", "Trygghetsteknologi for hjemmeboende", "Digitalt tilsyn"], ["sensorer og varsling for eldre", "trygghetsalarmer med mobil", "fallsensorer i omsorgsboliger", "digitalt tilsyn om natten"]),
        ("85323000-9", ["Responssenter for trygghetsalarmer", "Alarmmottak for regionen"], ["døgnbemannet mottak av alarmer", "felles responssenter for flere kommuner", "oppfølging av varsler fra innbyggerne"]),
        ("90620000-9", ["Brøyting", "Vintervedlikehold", "Snørydding i sentrum"], ["brøyting og strøing av kommunale veier", "snørydding av plasser og fortau", "sandstrøing ved glatt føre"]),
        ("48180000-3", ["Journalsystem for helse og omsorg", "Ny pasientjournal"], ["elektronisk pasientjournal for hjemmetjenesten", "deling av pasientinformasjon med sykehuset", "journal for sykehjemmene"]),
        ("48190000-6", ["Læringsplattform for grunnskolen", "Digitale læremidler"], ["læremidler for elevene", "læringsplattform for lærere og foresatte", "digitale verktøy i klasserommet"]),
        ("45232150-8", ["Rehabilitering av vannledninger", "Fornyelse av vannett"], ["gravefri fornyelse av gamle vannledninger", "strømpeforing av ledninger", "lekkasjer i vannettet"]),
        ("90511000-2", ["Innsamling av husholdningsavfall", "Renovasjon"], ["elektriske renovasjonsbiler", "innsamling av matavfall og plast", "nedgravde avfallsbeholdere"]),
        ("34520000-8", ["Hurtigbåt uten utslipp", "Elektrisk ferje"], ["fossilfri passasjerbåt til øyene", "utslippsfri ferge på sambandet", "ladeinfrastruktur ved kaia"]),
        ("33192100-3", ["Pleiesenger til sykehjem", "Hjelpemidler til sykehjem"], ["elektriske senger til sykehjemmet", "personløftere og senger", "utstyr for pleie og omsorg"]),
        ("42520000-7", ["Ventilasjon i skolebygg", "Bedre inneklima"], ["ventilasjon i eldre skoler", "inneklima i klasserommene", "montering mens skolen er i drift"]),
    ];

    public static List<NeedRecord> Make(int count, ReferenceCatalog catalog, int seed = 14)
    {
        var random = new Random(seed);
        var municipalities = catalog.Municipalities;
        var start = new DateOnly(2027, 1, 1);
        var needs = new List<NeedRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var d = Domains[random.Next(Domains.Length)];
            var m = municipalities[random.Next(municipalities.Count)];
            var from = start.AddDays(random.Next(0, 700));
            var description = string.Join(". ", Enumerable.Range(0, 3).Select(_ => d.Phrases[random.Next(d.Phrases.Length)])) + $". Kontakt {m.Name} kommune.";
            needs.Add(new NeedRecord
            {
                Id = $"{m.Number}-b{i:x8}", Municipality = m.Number, Title = d.Titles[random.Next(d.Titles.Length)], Description = description,
                Cpv = [d.Cpv], Category = ProcurementCategory.Services, EstimatedValueNok = random.Next(200, 5000) * 1000L,
                NeededFrom = from, NeededTo = from.AddDays(random.Next(90, 540)), Stage = NeedStage.Identified,
                Visibility = random.Next(10) == 0 ? NeedVisibility.Private : NeedVisibility.Municipalities,
                OpenToCollaboration = random.Next(5) != 0, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch.AddSeconds(i),
            });
        }
        return needs;
    }
}
