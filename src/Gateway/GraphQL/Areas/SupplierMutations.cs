using Samspill.Grains.Suppliers;

namespace Samspill.Gateway.GraphQL.Areas;

/// <summary>Mutations of a supplier's profile and follows; the caller acts for the organisation in its token.</summary>
public sealed class SupplierMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SupplierType>>("registerSupplier")
            .Argument<NonNullGraphType<RegisterSupplierInputType>>("input")
            .ResolveAsync(async c =>
            {
                var org = c.OwnOrganisation();
                return await c.Grains().GetGrain<ISupplierGrain>(org).Register(c.GetArgument<RegisterSupplierInput>("input").Name ?? "");
            });

        mutation.Field<NonNullGraphType<SupplierType>>("follow")
            .Argument<NonNullGraphType<FollowInputType>>("input")
            .ResolveAsync(async c =>
            {
                var org = c.OwnOrganisation();
                var input = c.GetArgument<FollowInput>("input");
                return await c.Grains().GetGrain<ISupplierGrain>(org).Follow(input.Kind, input.Value ?? "");
            });

        mutation.Field<NonNullGraphType<SupplierType>>("unfollow")
            .Argument<NonNullGraphType<FollowInputType>>("input")
            .ResolveAsync(async c =>
            {
                var org = c.OwnOrganisation();
                var input = c.GetArgument<FollowInput>("input");
                return await c.Grains().GetGrain<ISupplierGrain>(org).Unfollow(input.Kind, input.Value ?? "");
            });
    }
}
