using GraphQL.Types;
using Samspill.Grains.Common;

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
    }
}
