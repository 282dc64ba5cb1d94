using Samspill.Grains.Municipalities;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>County.</summary>
public sealed class CountyType : ObjectGraphType<CountyInfo>
{
    public CountyType()
    {
        Name = "County";
        Field<NonNullGraphType<IdGraphType>>("number").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Resolve(c => c.Source.MunicipalityNumbers.Select(n => c.Catalog().Municipality(n)!).ToList());
    }
}

/// <summary>Municipality.</summary>
public sealed class MunicipalityType : ObjectGraphType<MunicipalityInfo>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Field<NonNullGraphType<IdGraphType>>("number").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CountyType>>("county").Resolve(c => c.Catalog().County(c.Source.CountyNumber));
        Field<NonNullGraphType<IntGraphType>>("population").Resolve(c => c.Source.Population);
        Field<NonNullGraphType<IntGraphType>>("centralityClass").Resolve(c => c.Source.CentralityClass);
        Field<NonNullGraphType<BooleanGraphType>>("smallDistrict").Resolve(c => c.Source.SmallDistrict);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("Visible to the municipality itself and to other municipalities as far as each need's visibility allows.")
            .Argument<BooleanGraphType>("includeWithdrawn", a => a.DefaultValue = false)
            .ResolveAsync(async c =>
            {
                var withdrawn = c.GetArgument<bool>("includeWithdrawn");
                return (await c.Loader().NeedsOf(c.Source.Number)).Where(n => withdrawn || !n.IsWithdrawn).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsortiumType>>>>("consortia").ResolveAsync(async c =>
        {
            var memberships = await c.Loader().Memberships(c.Source.Number);
            var views = await Task.WhenAll(memberships.Select(m => c.Loader().Consortium(m.ConsortiumId)));
            return views.OfType<object>().ToList();
        });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationType>>>>("invitations")
            .ResolveAsync(async c => (await c.Grains().GetGrain<IMunicipalityGrain>(c.Source.Number).GetInvitations()).Select(InvitationView.From).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcurementStatisticsType>>>>("procurementStatistics")
            .ResolveAsync(async c => (await c.Grains().GetGrain<IMunicipalityGrain>(c.Source.Number).GetStatistics()).Select(ProcurementStatisticsView.From).ToList());
        this.AddCapabilityFields();
    }
}

/// <summary>CpvCode.</summary>
public sealed class CpvCodeType : ObjectGraphType<CpvInfo>
{
    public CpvCodeType()
    {
        Name = "CpvCode";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<StringGraphType>>("labelEn").Resolve(c => c.Source.LabelEn);
        Field<CpvCodeType>("parent").Resolve(c => c.Catalog().CpvParent(c.Source));
    }
}

/// <summary>ProcurementStatistics.</summary>
public sealed class ProcurementStatisticsType : ObjectGraphType<ProcurementStatisticsView>
{
    public ProcurementStatisticsType()
    {
        Name = "ProcurementStatistics";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("innovative").Resolve(c => c.Source.Innovative);
        Field<LongGraphType>("totalValueNok").Resolve(c => c.Source.TotalValueNok);
        Field<LongGraphType>("innovativeValueNok").Resolve(c => c.Source.InnovativeValueNok);
    }
}
