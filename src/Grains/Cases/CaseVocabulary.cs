namespace Samspill.Grains.Cases;

/// <summary>The codes of cases.csv's procedure and domain columns (Cases/Data/README.md).</summary>
public static class CaseVocabulary
{
    public static readonly IReadOnlyList<string> Procedures =
        ["dialogbasert", "innovasjonspartnerskap", "konkurranse_med_forhandling", "fou_kjop_pcp", "apen_med_dialog", "annen", "ukjent"];

    public static readonly IReadOnlyList<string> Domains =
        ["helse_omsorg", "velferdsteknologi", "skole_oppvekst", "bygg_eiendom", "energi_klima", "transport", "vann_avlop", "avfall", "digitalisering", "annet"];

    /// <summary>The columns every file must have, in the seed file's order; lessons_no may follow.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "title_no", "buyers", "kommunenummer", "lead", "year_started", "year_contract", "procedure", "cpv", "domain", "summary_no", "outcome_no", "source_url", "source_title"];

    public const string LessonsColumn = "lessons_no";
}
