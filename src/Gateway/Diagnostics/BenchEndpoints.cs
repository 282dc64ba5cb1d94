using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Security;
using Samspill.Grains.Common;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Diagnostics;

/// <summary>
/// Endpoints for bench/Throughput, mapped in Development only (with dev tokens) and answering loopback callers only:
/// one need as plain JSON over the same grain call as GraphQL's <c>need(id)</c>, so the gateway's share of a read can
/// be weighed, a wait until every county's need feed has indexed and matched what it was handed, and the bytes of grain
/// state written so far per state type (<see cref="StateWriteCounter"/>).
/// </summary>
public static class BenchEndpoints
{
    public const string NeedPath = "/dev/bench/needs/{id}";
    public const string SettledPath = "/dev/bench/settled";
    public const string StateWritesPath = "/dev/bench/state-writes";

    public static void MapBenchEndpoints(this IEndpointRouteBuilder app)
    {
        // Limited like POST /graphql, so the two reads compare on equal terms.
        app.MapGet(NeedPath, NeedAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        app.MapPost(SettledPath, SettledAsync).AllowAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        app.MapGet(StateWritesPath, StateWrites).AllowAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
    }

    private static bool Loopback(HttpContext http) => http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);

    private static async Task<IResult> NeedAsync(string id, HttpContext http, IGrainFactory grains, ReferenceCatalog catalog)
    {
        if (!Loopback(http)) return Results.NotFound();
        var number = NeedIds.MunicipalityOf(id);
        if (number is null || catalog.Municipality(number) is not { } municipality) return Results.NotFound();
        // The caller is the request's, set by the same middleware as for GraphQL, so visibility is checked alike.
        var need = await grains.GetGrain<IMunicipalityGrain>(number).GetNeed(id);
        return need is null
            ? Results.NotFound()
            : Results.Json(new { id = need.Id, title = need.Title, stage = need.Stage.ToString(), municipality = new { name = municipality.Name } });
    }

    private static async Task<IResult> SettledAsync(HttpContext http, IGrainFactory grains, ReferenceCatalog catalog)
    {
        if (!Loopback(http)) return Results.NotFound();
        await Task.WhenAll(catalog.Counties.Select(c => grains.GetGrain<INeedFeedGrain>(c.Number).Settled()));
        return Results.NoContent();
    }

    // Absent where the host registered no counter (a gateway without the silo's storage setup): nothing counted.
    private static IResult StateWrites(HttpContext http, IServiceProvider services) =>
        !Loopback(http) ? Results.NotFound() : Results.Json(services.GetService<StateWriteCounter>()?.Snapshot() ?? []);
}
