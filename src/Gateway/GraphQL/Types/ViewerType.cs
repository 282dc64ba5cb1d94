using Samspill.Grains.Notifications;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Viewer: who the caller is.</summary>
public sealed class ViewerType : ObjectGraphType<Caller>
{
    public ViewerType()
    {
        Name = "Viewer";
        Field<RoleEnum>("role").Resolve(c => c.Source.IsAnonymous ? null : c.Source.Role);
        Field<MunicipalityType>("municipality").Resolve(c => c.Catalog().Municipality(c.Source.MunicipalityNumber));
        Field<SupplierType>("supplier").ResolveAsync(async c =>
            c.Source.Role == CallerRole.Supplier ? await c.Loader().Supplier(c.Source.Tenant) : null);
        Field<StringGraphType>("name").Resolve(c => c.Source.Name);
        Field<PersonType>("person")
            .Description("The signed-in person's profile and notification settings (created on first ask); null when anonymous or the token names no person.")
            .ResolveAsync(async c => c.Source.IsAnonymous || string.IsNullOrEmpty(c.Source.Subject)
                ? null
                : await c.Grains().GetGrain<IPersonGrain>(PersonIds.Of(c.Source.Subject)).SignIn());
    }
}
