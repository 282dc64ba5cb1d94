using Samspill.Grains.Consortia;
using Samspill.Grains.Needs;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Input of publishNeed, as GraphQL.NET binds it.</summary>
public sealed class PublishNeedInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string>? Cpv { get; set; }
    public ProcurementCategory Category { get; set; }
    public long? EstimatedValueNok { get; set; }
    public DateOnly? NeededFrom { get; set; }
    public DateOnly? NeededTo { get; set; }
    public NeedVisibility Visibility { get; set; } = NeedVisibility.Municipalities;
    public bool OpenToCollaboration { get; set; } = true;
    public string? FromCaseId { get; set; }
}

/// <summary>PublishNeedInput.</summary>
public sealed class PublishNeedInputType : InputObjectGraphType<PublishNeedInput>
{
    public PublishNeedInputType()
    {
        Name = "PublishNeedInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("cpv");
        Field<NonNullGraphType<ProcurementCategoryEnum>>("category");
        Field<LongGraphType>("estimatedValueNok");
        Field<DateScalarType>("neededFrom");
        Field<DateScalarType>("neededTo");
        Field<VisibilityEnum>("visibility").DefaultValue(NeedVisibility.Municipalities);
        Field<BooleanGraphType>("openToCollaboration").DefaultValue(true);
        Field<IdGraphType>("fromCaseId").Description("The case the need is started from (needDraftFromCase).");
    }
}

/// <summary>Input of updateNeed: absent fields stay as they are.</summary>
public sealed class UpdateNeedInput
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string>? Cpv { get; set; }
    public long? EstimatedValueNok { get; set; }
    public DateOnly? NeededFrom { get; set; }
    public DateOnly? NeededTo { get; set; }
    public NeedStage? Stage { get; set; }
    public NeedVisibility? Visibility { get; set; }
    public bool? OpenToCollaboration { get; set; }
}

/// <summary>UpdateNeedInput.</summary>
public sealed class UpdateNeedInputType : InputObjectGraphType<UpdateNeedInput>
{
    public UpdateNeedInputType()
    {
        Name = "UpdateNeedInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("title");
        Field<StringGraphType>("description");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("cpv");
        Field<LongGraphType>("estimatedValueNok");
        Field<DateScalarType>("neededFrom");
        Field<DateScalarType>("neededTo");
        Field<NeedStageEnum>("stage");
        Field<VisibilityEnum>("visibility");
        Field<BooleanGraphType>("openToCollaboration");
    }
}

/// <summary>Input of createConsortium.</summary>
public sealed class CreateConsortiumInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? NeedId { get; set; }
}

/// <summary>CreateConsortiumInput.</summary>
public sealed class CreateConsortiumInputType : InputObjectGraphType<CreateConsortiumInput>
{
    public CreateConsortiumInputType()
    {
        Name = "CreateConsortiumInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<IdGraphType>("needId");
    }
}

/// <summary>Filter of municipalities.</summary>
public sealed class MunicipalityFilter
{
    public string? County { get; set; }
    public bool? SmallDistrict { get; set; }
    public string? NameContains { get; set; }
}

/// <summary>MunicipalityFilter.</summary>
public sealed class MunicipalityFilterType : InputObjectGraphType<MunicipalityFilter>
{
    public MunicipalityFilterType()
    {
        Name = "MunicipalityFilter";
        Field<IdGraphType>("county");
        Field<BooleanGraphType>("smallDistrict");
        Field<StringGraphType>("nameContains");
    }
}

/// <summary>Filter of needs.</summary>
public sealed class NeedFilter
{
    public string? Municipality { get; set; }
    public string? CpvPrefix { get; set; }
    public bool? OpenToCollaboration { get; set; }
    public string? Text { get; set; }
}

/// <summary>NeedFilter.</summary>
public sealed class NeedFilterType : InputObjectGraphType<NeedFilter>
{
    public NeedFilterType()
    {
        Name = "NeedFilter";
        Field<IdGraphType>("municipality");
        Field<StringGraphType>("cpvPrefix");
        Field<BooleanGraphType>("openToCollaboration");
        Field<StringGraphType>("text");
    }
}

/// <summary>Filter of consortia.</summary>
public sealed class ConsortiumFilter
{
    public ConsortiumPhase? Phase { get; set; }
    public string? Member { get; set; }
    public string? CpvPrefix { get; set; }
}

/// <summary>ConsortiumFilter.</summary>
public sealed class ConsortiumFilterType : InputObjectGraphType<ConsortiumFilter>
{
    public ConsortiumFilterType()
    {
        Name = "ConsortiumFilter";
        Field<ConsortiumPhaseEnum>("phase");
        Field<IdGraphType>("member");
        Field<StringGraphType>("cpvPrefix");
    }
}
