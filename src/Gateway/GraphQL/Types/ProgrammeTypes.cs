using Samspill.Grains.Programme;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>ProgrammeOverview.</summary>
public sealed class ProgrammeOverviewType : ObjectGraphType<ProgrammeOverview>
{
    public ProgrammeOverviewType()
    {
        Name = "ProgrammeOverview";
        Field<NonNullGraphType<IntGraphType>>("municipalityCount").Resolve(c => c.Source.MunicipalityCount);
        Field<NonNullGraphType<IntGraphType>>("activeMunicipalities").Resolve(c => c.Source.ActiveMunicipalities);
        Field<NonNullGraphType<IntGraphType>>("smallDistrictMunicipalities").Resolve(c => c.Source.SmallDistrictMunicipalities);
        Field<NonNullGraphType<IntGraphType>>("activeSmallDistrictMunicipalities").Resolve(c => c.Source.ActiveSmallDistrictMunicipalities);
        Field<NonNullGraphType<IntGraphType>>("needCount").Resolve(c => c.Source.NeedCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhaseCountType>>>>("consortiaByPhase").Resolve(c => c.Source.ConsortiaByPhase);
        Field<NonNullGraphType<IntGraphType>>("dialogueEventsAnnounced").Resolve(c => c.Source.DialogueEventsAnnounced);
        Field<NonNullGraphType<IntGraphType>>("supplierRegistrations").Resolve(c => c.Source.SupplierRegistrations);
        Field<FloatGraphType>("innovativeShare")
            .Description("Innovative share of reported procurements in the latest reported year (the national goal is 0.10).")
            .Resolve(c => c.Source.InnovativeShare);
        Field<IntGraphType>("innovativeShareYear")
            .Description("The year innovativeShare is taken from: the latest year any municipality reported procurements for.")
            .Resolve(c => c.Source.InnovativeShareYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountyActivityType>>>>("byCounty").Resolve(c => c.Source.ByCounty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityAverageType>>>>("capabilityAverages")
            .Description("Per dimension, the mean of each municipality's latest self-assessment; responses is how many municipalities.")
            .Resolve(c => c.Source.CapabilityAverages);

        Field<NonNullGraphType<ConsortiaFormedType>>("consortiaFormed")
            .Description("Consortia created in a year (default: this year in Norway), per county and per phase.")
            .Argument<IntGraphType>("year")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year") ?? ProgrammeAggregateRules.OsloYear(DateTimeOffset.UtcNow);
                return c.Source.ConsortiaFormed.FirstOrDefault(y => y.Year == year) ?? Empty(year, c.Catalog());
            });
        Field<NonNullGraphType<FloatGraphType>>("innovativeGoal").Description("The national goal for the innovative share: 0.10.")
            .Resolve(_ => InnovativeGoal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InnovativeShareYearType>>>>("innovativeShareByYear")
            .Description("Every reported year, oldest first: counts, values, share and share by value, nationally and per county.")
            .Resolve(c => c.Source.InnovativeShareByYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityStandingType>>>>("municipalityStandings")
            .Description("Every municipality (or those matching the arguments) with its part in innovative procurement.")
            .Argument<BooleanGraphType>("smallDistrict", a => a.Description = "Only small district municipalities (true) or only the others (false).")
            .Argument<BooleanGraphType>("inConsortium", a => a.Description = "Only those in a running consortium (true) or in none (false).")
            .Argument<IdGraphType>("county")
            .Resolve(c =>
            {
                var small = c.GetArgument<bool?>("smallDistrict");
                var inConsortium = c.GetArgument<bool?>("inConsortium");
                var county = c.GetArgument<string?>("county");
                var catalog = c.Catalog();
                return c.Source.Municipalities.Where(m =>
                {
                    var info = catalog.Municipality(m.Number)!;
                    return (small is null || info.SmallDistrict == small)
                        && (inConsortium is null || (m.ActiveConsortia > 0) == inConsortium)
                        && (county is null || info.CountyNumber == county);
                }).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountyCapabilityType>>>>("capabilityByCounty")
            .Description("Per county, the capability averages of its municipalities' latest self-assessments.")
            .Resolve(c => c.Source.CapabilityByCounty);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityAverageType>>>>("capabilitySmallDistrict")
            .Description("The capability averages of small district municipalities.").Resolve(c => c.Source.CapabilitySmallDistrict);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CapabilityAverageType>>>>("capabilityOtherMunicipalities")
            .Description("The capability averages of the other municipalities.").Resolve(c => c.Source.CapabilityOtherMunicipalities);
    }

    /// <summary>The national goal for the share of innovative procurement.</summary>
    public const double InnovativeGoal = 0.10;

    private static ConsortiaFormedYear Empty(int year, Samspill.Grains.ReferenceData.ReferenceCatalog catalog) => new(
        year, 0,
        catalog.Counties.Select(county => new CountyCount(county.Number, 0)).ToList(),
        Enum.GetValues<Samspill.Grains.Consortia.ConsortiumPhase>().Select(p => new PhaseCount(p, 0)).ToList());
}

/// <summary>PhaseCount.</summary>
public sealed class PhaseCountType : ObjectGraphType<PhaseCount>
{
    public PhaseCountType()
    {
        Name = "PhaseCount";
        Field<NonNullGraphType<ConsortiumPhaseEnum>>("phase").Resolve(c => c.Source.Phase);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

/// <summary>CountyActivity.</summary>
public sealed class CountyActivityType : ObjectGraphType<CountyActivity>
{
    public CountyActivityType()
    {
        Name = "CountyActivity";
        Field<NonNullGraphType<CountyType>>("county").Resolve(c => c.Catalog().County(c.Source.County));
        Field<NonNullGraphType<IntGraphType>>("activeMunicipalities").Resolve(c => c.Source.ActiveMunicipalities);
        Field<NonNullGraphType<IntGraphType>>("needs").Resolve(c => c.Source.Needs);
        Field<NonNullGraphType<IntGraphType>>("consortia").Resolve(c => c.Source.Consortia);
    }
}

/// <summary>ActivityItem: an event of the programme topic.</summary>
public sealed class ActivityItemType : ObjectGraphType<ActivityItemView>
{
    public ActivityItemType()
    {
        Name = "ActivityItem";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.Utc());
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => ActivitySummary.Of(c.Source, c.Catalog()));
        Field<NonNullGraphType<StringGraphType>>("topic").Resolve(c => c.Source.Topic);
        Field<IdGraphType>("consortiumId").Description("The consortium the item concerns, if any.").Resolve(c => ActivityData.ConsortiumId(c.Source));
        Field<ConsortiumType>("consortium").Description("The consortium the item concerns, if any.")
            .ResolveAsync(async c => ActivityData.ConsortiumId(c.Source) is { } id ? await c.Loader().Consortium(id) : null);
        Field<StringGraphType>("municipalityNumber").Description("The municipality the item is about, if any.").Resolve(c => ActivityData.Municipality(c.Source));
        Field<NonNullGraphType<StringGraphType>>("data").Description("The live event's data as JSON, as the live topic carries it.").Resolve(c => c.Source.DataJson);
    }
}
