using GraphQL.Types;
using Samspill.Grains.Live;
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
    }
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
public sealed class ActivityItemType : ObjectGraphType<LiveEvent>
{
    public ActivityItemType()
    {
        Name = "ActivityItem";
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.OccurredAt.Utc());
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => ActivitySummary.Of(c.Source, c.Catalog()));
        Field<NonNullGraphType<StringGraphType>>("topic").Resolve(c => c.Source.Topic);
    }
}
