using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Grains.ReferenceData;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Ocds;

/// <summary>
/// Open data in OCDS 1.1.5: GET /ocds/releases (a package of every consortium that has announced a dialogue event)
/// and GET /ocds/consortia/{id} (one consortium's releases). Anonymous, public data only.
/// </summary>
public static class OcdsEndpoints
{
    public static IServiceCollection AddOcds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OcdsOptions>()
            .Bind(configuration.GetSection(OcdsOptions.Section))
            .Validate(o => OcdsOptions.IsValidPrefix(o.OcidPrefix), "Ocds:OcidPrefix must look like an OCDS prefix: \"ocds-\" and 1 to 32 lower-case letters or digits.")
            .ValidateOnStart();
        services.TryAddSingleton<MunicipalityOrgNumbers>();
        // The dialogue side registers its own source; without one the releases carry no events or questions.
        services.TryAddSingleton<IOcdsDialogueSource, NoOcdsDialogueSource>();
        services.TryAddSingleton(sp => new OcdsMapper(
            sp.GetRequiredService<IOptions<OcdsOptions>>().Value, sp.GetRequiredService<ReferenceCatalog>(), sp.GetRequiredService<MunicipalityOrgNumbers>()));
        services.TryAddScoped<OcdsExporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapOcdsEndpoints(this IEndpointRouteBuilder app)
    {
        var ocds = app.MapGroup("/ocds").ReadsAsAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        ocds.MapGet("/releases", AllReleases);
        ocds.MapGet("/consortia/{id}", ConsortiumReleases);
        return app;
    }

    /// <summary>A package needs at least one release (the schema says so): with none to publish the answer is 204.</summary>
    private static async Task<IResult> AllReleases(HttpContext http, OcdsExporter exporter, OcdsMapper mapper)
    {
        var releases = await exporter.AllAsync(http.RequestAborted);
        return releases.Count == 0 ? Results.NoContent() : Json(mapper.Package(releases, RequestUri(http)));
    }

    private static async Task<IResult> ConsortiumReleases(string id, HttpContext http, OcdsExporter exporter, OcdsMapper mapper)
    {
        var release = await exporter.OneAsync(id, http.RequestAborted);
        return release is null ? Results.NotFound() : Json(mapper.Package([release], RequestUri(http)));
    }

    private static IResult Json(OcdsReleasePackage package) =>
        Results.Json(package, OcdsJson.Options, contentType: "application/json; charset=utf-8");

    private static string RequestUri(HttpContext http) => PublicSite.Of(http).Link(http.Request.Path);
}
