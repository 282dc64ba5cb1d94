using System.Security.Claims;
using Samspill.Grains.Common;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Identity;

/// <summary>Turns an authenticated principal into the <see cref="Caller"/> that travels with grain calls.</summary>
public static class CallerClaims
{
    /// <summary>The person behind the token: issuer and subject, so two providers' subjects never collide.</summary>
    private static string? Subject(ClaimsPrincipal user) =>
        user.FindFirst("sub") is { Value.Length: > 0 } sub ? $"{sub.Issuer}|{sub.Value}" : null;

    public static Caller From(ClaimsPrincipal? user, IdentityOptions options, ReferenceCatalog catalog)
    {
        if (user?.Identity?.IsAuthenticated != true) return Caller.Anonymous;
        var role = user.FindFirst(options.RoleClaim)?.Value?.ToLowerInvariant() switch
        {
            "municipality" => CallerRole.Municipality,
            "supplier" => CallerRole.Supplier,
            "programme" => CallerRole.Programme,
            _ => CallerRole.Anonymous,
        };
        if (role == CallerRole.Anonymous) return Caller.Anonymous;
        var tenant = user.FindFirst(options.TenantClaim)?.Value;
        // A tenant-bound role without a tenant cannot act for anyone.
        if (role is CallerRole.Municipality or CallerRole.Supplier && string.IsNullOrEmpty(tenant)) return Caller.Anonymous;
        // A signed token for a kommunenummer that is not one of the 357 stays signed in but acts for nobody
        // (FORBIDDEN on every municipality action), rather than creating a municipality that does not exist.
        if (role == CallerRole.Municipality && catalog.Municipality(tenant) is null) tenant = null;
        return new Caller(role, role == CallerRole.Programme ? null : tenant, user.FindFirst(options.NameClaim)?.Value,
            Subject(user), user.FindFirst(options.EmailClaim)?.Value);
    }
}
