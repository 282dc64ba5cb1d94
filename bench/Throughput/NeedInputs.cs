namespace Samspill.Bench.Throughput;

/// <summary>
/// publishNeed inputs written from realistic Norwegian phrases in a handful of domains (seeded per client), so the
/// matching behind a publish has real candidates to rank, as it would in a busy season.
/// </summary>
public static class NeedInputs
{
    private static readonly (string Cpv, string Category, string[] Titles, string[] Phrases)[] Domains =
    [
        ("33196200-2", "GOODS", ["Velferdsteknologi i hjemmetjenesten", "Trygghetsteknologi for hjemmeboende", "Digitalt tilsyn"], ["sensorer og varsling for eldre", "trygghetsalarmer med mobil", "fallsensorer i omsorgsboliger", "digitalt tilsyn om natten"]),
        ("85323000-9", "SERVICES", ["Responssenter for trygghetsalarmer", "Alarmmottak for regionen"], ["døgnbemannet mottak av alarmer", "felles responssenter for flere kommuner", "oppfølging av varsler fra innbyggerne"]),
        ("90620000-9", "SERVICES", ["Brøyting", "Vintervedlikehold", "Snørydding i sentrum"], ["brøyting og strøing av kommunale veier", "snørydding av plasser og fortau", "sandstrøing ved glatt føre"]),
        ("48180000-3", "GOODS", ["Journalsystem for helse og omsorg", "Ny pasientjournal"], ["elektronisk pasientjournal for hjemmetjenesten", "deling av pasientinformasjon med sykehuset", "journal for sykehjemmene"]),
        ("48190000-6", "GOODS", ["Læringsplattform for grunnskolen", "Digitale læremidler"], ["læremidler for elevene", "læringsplattform for lærere og foresatte", "digitale verktøy i klasserommet"]),
        ("45232150-8", "WORKS", ["Rehabilitering av vannledninger", "Fornyelse av vannett"], ["gravefri fornyelse av gamle vannledninger", "strømpeforing av ledninger", "lekkasjer i vannettet"]),
        ("90511000-2", "SERVICES", ["Innsamling av husholdningsavfall", "Renovasjon"], ["elektriske renovasjonsbiler", "innsamling av matavfall og plast", "nedgravde avfallsbeholdere"]),
        ("34520000-8", "GOODS", ["Hurtigbåt uten utslipp", "Elektrisk ferje"], ["fossilfri passasjerbåt til øyene", "utslippsfri ferge på sambandet", "ladeinfrastruktur ved kaia"]),
    ];

    /// <summary>The input of the <paramref name="n"/>th need of client <paramref name="client"/>.</summary>
    public static object Make(int client, int n)
    {
        var random = new Random(client * 1_000_003 + n);
        var d = Domains[random.Next(Domains.Length)];
        var from = new DateOnly(2027, 1, 1).AddDays(random.Next(0, 700));
        return new
        {
            title = d.Titles[random.Next(d.Titles.Length)],
            description = string.Join(". ", Enumerable.Range(0, 3).Select(_ => d.Phrases[random.Next(d.Phrases.Length)])) + ".",
            cpv = new[] { d.Cpv },
            category = d.Category,
            estimatedValueNok = random.Next(200, 5000) * 1000L,
            neededFrom = from.ToString("yyyy-MM-dd"),
            neededTo = from.AddDays(random.Next(90, 540)).ToString("yyyy-MM-dd"),
        };
    }
}
