using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Supplier: follows and registrations only for the supplier itself and programme staff (the grain decides).</summary>
public sealed class SupplierType : ObjectGraphType<SupplierView>
{
    public SupplierType()
    {
        Name = "Supplier";
        Field<NonNullGraphType<IdGraphType>>("orgNumber").Resolve(c => c.Source.OrgNumber);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowType>>>>("follows").Resolve(c => c.Source.Follows.Select(FollowView.From).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations").Resolve(c => c.Source.Registrations.Select(RegistrationView.From).ToList());
        Field<NonNullGraphType<DateTimeGraphType>>("registeredAt").Resolve(c => c.Source.RegisteredAt.Utc());
    }
}

/// <summary>Follow.</summary>
public sealed class FollowType : ObjectGraphType<FollowView>
{
    public FollowType()
    {
        Name = "Follow";
        Field<NonNullGraphType<FollowKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}

/// <summary>Registration.</summary>
public sealed class RegistrationType : ObjectGraphType<RegistrationView>
{
    public RegistrationType()
    {
        Name = "Registration";
        Field<NonNullGraphType<DialogueEventType>>("event").ResolveAsync(async c => await c.Loader().DialogueEvent(c.Source.EventId));
        Field<NonNullGraphType<SupplierType>>("supplier").ResolveAsync(async c => await c.Loader().Supplier(c.Source.Supplier));
        Field<NonNullGraphType<IntGraphType>>("attendees").Resolve(c => c.Source.Attendees);
        Field<NonNullGraphType<DateTimeGraphType>>("registeredAt").Resolve(c => c.Source.RegisteredAt.Utc());
        Field<NonNullGraphType<BooleanGraphType>>("cancelled").Resolve(c => c.Source.Cancelled);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt.Utc());
    }
}
