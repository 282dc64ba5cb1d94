using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Short ways for resolvers to reach the request's services.</summary>
public static class ResolveContextExtensions
{
    public static RequestLoader Loader(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RequestLoader>();
    public static ReferenceCatalog Catalog(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ReferenceCatalog>();
    public static IGrainFactory Grains(this IResolveFieldContext ctx) => ctx.Loader().Grains;
    public static Caller Caller(this IResolveFieldContext ctx) => CallerContext.Current;

    /// <summary>
    /// The caller's own municipality, for mutations that act for it: routing only (which grain to ask), refused as
    /// the grain itself would refuse a caller who has none; the grain decides everything else.
    /// </summary>
    public static string OwnMunicipality(this IResolveFieldContext ctx) => Guard.RequireMunicipalityUser(ctx.Caller());

    /// <summary>The caller's own organisation number, for a supplier's mutations of itself; routing only, as <see cref="OwnMunicipality"/>.</summary>
    public static string OwnOrganisation(this IResolveFieldContext ctx) => Guard.RequireSupplier(ctx.Caller());

    public static DateTime Utc(this DateTimeOffset value) => value.UtcDateTime;
    public static DateTime? Utc(this DateTimeOffset? value) => value?.UtcDateTime;
}
