using Samspill.Grains.Cases;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>CaseOrigin.</summary>
public sealed class CaseOriginEnum : EnumerationGraphType<CaseOrigin> { public CaseOriginEnum() => Name = "CaseOrigin"; }

/// <summary>Case.</summary>
public sealed class CaseType : ObjectGraphType<CaseView>
{
    public CaseType()
    {
        Name = "Case";
        Description = "A completed or ongoing innovative procurement in the case library.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("buyers").Resolve(c => c.Source.Buyers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Description("The municipal buyers: municipalities to ask about it.")
            .Resolve(c => c.Source.Municipalities.Select(n => c.Catalog().Municipality(n)).OfType<object>().ToList());
        Field<StringGraphType>("lead").Resolve(c => c.Source.Lead);
        Field<IntGraphType>("yearStarted").Resolve(c => c.Source.YearStarted);
        Field<IntGraphType>("yearContract").Resolve(c => c.Source.YearContract);
        Field<NonNullGraphType<StringGraphType>>("procedure").Description("Code: dialogbasert, innovasjonspartnerskap, konkurranse_med_forhandling, fou_kjop_pcp, apen_med_dialog, annen, ukjent.")
            .Resolve(c => c.Source.Procedure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpv")
            .Resolve(c => c.Source.Cpv.Select(code => c.Catalog().CpvCode(code)).OfType<object>().ToList());
        Field<NonNullGraphType<StringGraphType>>("domain").Description("Code: helse_omsorg, velferdsteknologi, skole_oppvekst, bygg_eiendom, energi_klima, transport, vann_avlop, avfall, digitalisering, annet.")
            .Resolve(c => c.Source.Domain);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Summary);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.Outcome);
        Field<StringGraphType>("lessons").Resolve(c => c.Source.Lessons);
        Field<StringGraphType>("sourceUrl").Resolve(c => c.Source.SourceUrl);
        Field<StringGraphType>("sourceTitle").Resolve(c => c.Source.SourceTitle);
        Field<NonNullGraphType<CaseOriginEnum>>("origin").Resolve(c => c.Source.Origin);
        Field<ConsortiumType>("consortium").ResolveAsync(async c => await c.Loader().Consortium(c.Source.ConsortiumId));
    }
}

/// <summary>CaseConnection.</summary>
public sealed class CaseConnectionType() : ConnectionType<CaseView, CaseType>("CaseConnection");

/// <summary>CaseImportError.</summary>
public sealed class CaseImportErrorType : ObjectGraphType<CaseImportError>
{
    public CaseImportErrorType()
    {
        Name = "CaseImportError";
        Field<NonNullGraphType<IntGraphType>>("line").Description("Line of the file; the header is line 1.").Resolve(c => c.Source.Line);
        Field<NonNullGraphType<StringGraphType>>("field").Description("The column, or empty for the whole row.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}

/// <summary>CaseImportResult.</summary>
public sealed class CaseImportResultType : ObjectGraphType<CaseImportResult>
{
    public CaseImportResultType()
    {
        Name = "CaseImportResult";
        Description = "Either every case of the file was imported, or none was and errors says why.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseType>>>>("imported").Resolve(c => c.Source.Imported.Select(CaseView.From).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseImportErrorType>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>A need pre-filled from a case, for the municipality to edit before publishing with fromCaseId.</summary>
public sealed class NeedDraftType : ObjectGraphType<CaseView>
{
    public NeedDraftType()
    {
        Name = "NeedDraft";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CpvCodeType>>>>("cpv")
            .Resolve(c => c.Source.Cpv.Select(code => c.Catalog().CpvCode(code)).OfType<object>().ToList());
        Field<NonNullGraphType<CaseType>>("fromCase").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalitiesToAsk")
            .Description("The case's municipal buyers, who have done this before.")
            .Resolve(c => c.Source.Municipalities.Select(n => c.Catalog().Municipality(n)).OfType<object>().ToList());
    }
}

/// <summary>Filter of the case library.</summary>
public sealed class CaseFilterInput
{
    public string? Domain { get; set; }
    public string? Procedure { get; set; }
    public string? County { get; set; }
    public string? Text { get; set; }
}

/// <summary>CaseFilter.</summary>
public sealed class CaseFilterType : InputObjectGraphType<CaseFilterInput>
{
    public CaseFilterType()
    {
        Name = "CaseFilter";
        Field<StringGraphType>("domain");
        Field<StringGraphType>("procedure");
        Field<IdGraphType>("county");
        Field<StringGraphType>("text").Description("Searched with the Norwegian analysis; hits come by relevance.");
    }
}

/// <summary>Input of publishConsortiumAsCase; absent fields keep the draft (caseDraft).</summary>
public sealed class PublishCaseInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Outcome { get; set; }
    public string? Lessons { get; set; }
    public string? Procedure { get; set; }
    public string? Domain { get; set; }
    public string? SourceUrl { get; set; }
}

/// <summary>PublishCaseInput.</summary>
public sealed class PublishCaseInputType : InputObjectGraphType<PublishCaseInput>
{
    public PublishCaseInputType()
    {
        Name = "PublishCaseInput";
        Field<StringGraphType>("title");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("outcome");
        Field<StringGraphType>("lessons");
        Field<StringGraphType>("procedure");
        Field<StringGraphType>("domain");
        Field<StringGraphType>("sourceUrl");
    }
}
