using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Identity;

/// <summary>POST /auth/dev-token (Development only), as contract/operations.md describes.</summary>
public static class DevTokenEndpoint
{
    /// <summary>The request body; <c>subject</c> and <c>email</c> are optional (a person of their own, and their e-mail claim).</summary>
    public sealed record DevTokenRequest(string? Role, string? Tenant, string? Name, string? Subject = null, string? Email = null);

    public static void MapDevTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/auth/dev-token", Issue).AllowAnonymous();

    private static IResult Issue(DevTokenRequest? request, DevTokenIssuer issuer, ReferenceCatalog catalog, TimeProvider clock)
    {
        var role = request?.Role?.Trim().ToLowerInvariant();
        var tenant = string.IsNullOrWhiteSpace(request?.Tenant) ? null : request!.Tenant!.Trim();
        var name = request?.Name is { Length: > 200 } ? null : request?.Name;
        switch (role)
        {
            case RoleNames.Municipality when catalog.Municipality(tenant) is null:
                return Invalid("tenant", "For role municipality, tenant must be one of the 357 kommunenummer, e.g. \"5001\".");
            case RoleNames.Supplier when !Identifiers.IsValidOrganisationNumber(tenant):
                return Invalid("tenant", "For role supplier, tenant must be a nine-digit organisation number with a valid check digit.");
            case RoleNames.Programme:
                tenant = null;
                break;
            case RoleNames.Municipality or RoleNames.Supplier:
                break;
            default:
                return Invalid("role", "role must be municipality, supplier or programme.");
        }
        var subject = request?.Subject is { Length: > 0 and <= 200 } s ? s : null;
        var email = request?.Email is { Length: > 0 and <= 254 } e ? e : null;
        var (token, expiresAt) = issuer.Issue(role, tenant, name, clock.GetUtcNow(), subject, email);
        return Results.Ok(new { accessToken = token, expiresAt });
    }

    private static IResult Invalid(string field, string message) =>
        Results.BadRequest(new { code = "VALIDATION_FAILED", field, message });
}
