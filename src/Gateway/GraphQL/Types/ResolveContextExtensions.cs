using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL.Types;

/// <summary>Short ways for resolvers to reach the request's services.</summary>
public static class ResolveContextExtensions
{
    public static RequestLoader Loader(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RequestLoader>();
    public static ReferenceCatalog Catalog(this IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<ReferenceCatalog>();
    public static IGrainFactory Grains(this IResolveFieldContext ctx) => ctx.Loader().Grains;
    public static Caller Caller(this IResolveFieldContext ctx) => CallerContext.Current;
    public static DateTime Utc(this DateTimeOffset value) => value.UtcDateTime;
    public static DateTime? Utc(this DateTimeOffset? value) => value?.UtcDateTime;
}
