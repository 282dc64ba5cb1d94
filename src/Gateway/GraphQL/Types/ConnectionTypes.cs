using Samspill.Grains.Consortia;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>PageInfo.</summary>
public sealed class PageInfoType : ObjectGraphType<(bool HasNextPage, string? EndCursor)>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

/// <summary>The shape every *Connection of the contract shares.</summary>
public abstract class ConnectionType<TNode, TNodeType> : ObjectGraphType<Connection<TNode>> where TNodeType : IGraphType
{
    protected ConnectionType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => (c.Source.HasNextPage, c.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}

/// <summary>MunicipalityConnection.</summary>
public sealed class MunicipalityConnectionType() : ConnectionType<MunicipalityInfo, MunicipalityType>("MunicipalityConnection");

/// <summary>NeedConnection.</summary>
public sealed class NeedConnectionType() : ConnectionType<NeedView, NeedType>("NeedConnection");

/// <summary>ConsortiumConnection.</summary>
public sealed class ConsortiumConnectionType() : ConnectionType<ConsortiumView, ConsortiumType>("ConsortiumConnection");

/// <summary>ActivityConnection.</summary>
public sealed class ActivityConnectionType() : ConnectionType<ActivityItemView, ActivityItemType>("ActivityConnection");
