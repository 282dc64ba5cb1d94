using GraphQL.Builders;
using Samspill.Grains.Consortia;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Mutations of consortia; the consortium grain checks the caller and enforces the consortium rules.</summary>
public sealed class ConsortiumMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConsortiumType>>("createConsortium")
            .Description("The caller's municipality becomes the lead of the new consortium.")
            .Argument<NonNullGraphType<CreateConsortiumInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateConsortiumInput>("input");
                var id = Guid.NewGuid().ToString("N");
                return await c.Grains().GetGrain<IConsortiumGrain>(id).Create(input.Title ?? "", input.Description ?? "", input.NeedId);
            });

        Add(mutation, "inviteToConsortium", "Lead only.", f => f
                .Argument<NonNullGraphType<IdGraphType>>("municipalityNumber")
                .Argument<StringGraphType>("message"),
            (c, g) => g.Invite(c.GetArgument<string>("municipalityNumber"), c.GetArgument<string?>("message")));
        Add(mutation, "respondToInvitation", "The invited municipality only.", f => f
                .Argument<NonNullGraphType<BooleanGraphType>>("accept"),
            (c, g) => g.Respond(c.GetArgument<bool>("accept")));
        Add(mutation, "leaveConsortium", null, f => f, (_, g) => g.Leave());
        Add(mutation, "poolNeed", "A joined member pools one of its own needs into the consortium.", f => f
                .Argument<NonNullGraphType<IdGraphType>>("needId"),
            (c, g) => g.PoolNeed(c.GetArgument<string>("needId")));
        Add(mutation, "recordAuthorization", "A joined member records its mandate (fullmakt) for the lead to procure on its behalf.", f => f
                .Argument<NonNullGraphType<StringGraphType>>("reference"),
            (c, g) => g.RecordAuthorization(c.GetArgument<string>("reference")));
        Add(mutation, "advancePhase", "Lead only. Moves one phase forward, or to CANCELLED.", f => f
                .Argument<NonNullGraphType<ConsortiumPhaseEnum>>("to")
                .Argument<StringGraphType>("note"),
            (c, g) => g.Advance(c.GetArgument<ConsortiumPhase>("to"), c.GetArgument<string?>("note")));
    }

    /// <summary>A mutation on an existing consortium: (consortiumId: ID!, ...) → Consortium!.</summary>
    private static void Add(ObjectGraphType mutation, string name, string? description,
        Func<FieldBuilder<object?, object>, FieldBuilder<object?, object>> arguments,
        Func<IResolveFieldContext, IConsortiumGrain, Task<ConsortiumView>> act)
    {
        var field = mutation.Field<NonNullGraphType<ConsortiumType>>(name).Argument<NonNullGraphType<IdGraphType>>("consortiumId");
        if (description is not null) field.Description(description);
        arguments(field).ResolveAsync(async c =>
        {
            var id = c.GetArgument<string>("consortiumId");
            if (id.Length > EntityIds.MaxLength) throw DomainException.NotFound("The consortium");
            return await act(c, c.Grains().GetGrain<IConsortiumGrain>(id));
        });
    }
}
