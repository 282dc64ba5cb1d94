using System.Security.Claims;
using Samspill.Grains.Common;

namespace Samspill.Gateway.Identity;

/// <summary>Turns an authenticated principal into the <see cref="Caller"/> that travels with grain calls.</summary>
public static class CallerClaims
{
    public static Caller From(ClaimsPrincipal? user, IdentityOptions options)
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
        return new Caller(role, role == CallerRole.Programme ? null : tenant, user.FindFirst(options.NameClaim)?.Value);
    }
}
