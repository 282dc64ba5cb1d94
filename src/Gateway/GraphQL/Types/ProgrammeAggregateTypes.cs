using Samspill.Grains.Programme;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>ConsortiaFormed: consortia created in one year.</summary>
public sealed class ConsortiaFormedType : ObjectGraphType<ConsortiaFormedYear>
{
    public ConsortiaFormedType()
    {
        Name = "ConsortiaFormed";
        Description = "Consortia created in one calendar year (Europe/Oslo).";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Each consortium once.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountyCountType>>>>("byCounty")
            .Description("Every county; a consortium counts in each county where a joined member (the lead included) lies.")
            .Resolve(c => c.Source.ByCounty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhaseCountType>>>>("byPhase")
            .Description("By the phase each is in now, all eight phases.").Resolve(c => c.Source.ByPhase);
    }
}

/// <summary>CountyCount.</summary>
public sealed class CountyCountType : ObjectGraphType<CountyCount>
{
    public CountyCountType()
    {
        Name = "CountyCount";
        Field<NonNullGraphType<CountyType>>("county").Resolve(c => c.Catalog().County(c.Source.County));
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

/// <summary>InnovativeShareYear: one reported year, nationally and per county.</summary>
public sealed class InnovativeShareYearType : ObjectGraphType<InnovativeShareYear>
{
    public InnovativeShareYearType()
    {
        Name = "InnovativeShareYear";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        ShareFields.Add(this, c => c.Source.National);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountyShareType>>>>("byCounty").Resolve(c => c.Source.ByCounty);
    }
}

/// <summary>CountyShare: one county's figures for a year.</summary>
public sealed class CountyShareType : ObjectGraphType<CountyShare>
{
    public CountyShareType()
    {
        Name = "CountyShare";
        Field<NonNullGraphType<CountyType>>("county").Resolve(c => c.Catalog().County(c.Source.County));
        ShareFields.Add(this, c => c.Source.Figures);
    }
}

/// <summary>The figures a national or county share shows.</summary>
internal static class ShareFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<global::GraphQL.IResolveFieldContext<T>, ShareFigures> of)
    {
        type.Field<NonNullGraphType<LongGraphType>>("total").Description("Procurements reported.").Resolve(c => of(c).Total);
        type.Field<NonNullGraphType<LongGraphType>>("innovative").Description("Innovative procurements reported.").Resolve(c => of(c).Innovative);
        type.Field<FloatGraphType>("share").Description("innovative / total; null without procurements.").Resolve(c => of(c).Share);
        type.Field<NonNullGraphType<LongGraphType>>("totalValueNok").Description("Value of procurements, over the reports that gave values.").Resolve(c => of(c).TotalValueNok);
        type.Field<NonNullGraphType<LongGraphType>>("innovativeValueNok").Resolve(c => of(c).InnovativeValueNok);
        type.Field<FloatGraphType>("valueShare").Description("innovativeValueNok / totalValueNok; null when no report gave values.").Resolve(c => of(c).ValueShare);
        type.Field<NonNullGraphType<IntGraphType>>("reportingMunicipalities").Description("Municipalities that reported procurements for the year.").Resolve(c => of(c).ReportingMunicipalities);
        type.Field<NonNullGraphType<IntGraphType>>("reportingWithValue").Description("Of those, how many gave values.").Resolve(c => of(c).ReportingWithValue);
    }
}

/// <summary>Participation: what colours a municipality on the map.</summary>
public sealed class ParticipationEnum : EnumerationGraphType<Participation>
{
    public ParticipationEnum()
    {
        Name = "Participation";
        Description = "CONSORTIUM: a joined member of a running consortium. NEEDS: published needs, no consortium. NONE: neither.";
    }
}

/// <summary>MunicipalityStanding: one municipality's part in the programme.</summary>
public sealed class MunicipalityStandingType : ObjectGraphType<MunicipalityStanding>
{
    public MunicipalityStandingType()
    {
        Name = "MunicipalityStanding";
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Catalog().Municipality(c.Source.Number));
        Field<NonNullGraphType<ParticipationEnum>>("part").Resolve(c => c.Source.Part);
        Field<NonNullGraphType<IntGraphType>>("openNeeds").Description("Published needs not withdrawn, all visibilities.").Resolve(c => c.Source.OpenNeeds);
        Field<NonNullGraphType<IntGraphType>>("activeConsortia").Description("Running consortia it has joined.").Resolve(c => c.Source.ActiveConsortia);
        Field<IntGraphType>("latestReportedYear").Description("Latest year it reported procurements for.").Resolve(c => c.Source.LatestReportedYear);
        Field<FloatGraphType>("capabilityAverage").Description("Average of its latest self-assessment.").Resolve(c => c.Source.CapabilityAverage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("Its open needs; asks the municipality only when it has any.")
            .ResolveAsync(async c => c.Source.OpenNeeds == 0
                ? []
                : (await c.Loader().NeedsOf(c.Source.Number)).Where(n => !n.IsWithdrawn).ToList());
    }
}

/// <summary>CountyCapability.</summary>
public sealed class CountyCapabilityType : ObjectGraphType<CountyCapability>
{
    public CountyCapabilityType()
    {
        Name = "CountyCapability";
        Field<NonNullGraphType<CountyType>>("county").Resolve(c => c.Catalog().County(c.Source.County));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityAverageType>>>>("averages").Resolve(c => c.Source.Averages);
    }
}
