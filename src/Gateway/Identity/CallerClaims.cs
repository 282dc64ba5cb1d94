using System.Security.Claims;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Identity;

/// <summary>
/// The one reader of a token's claims for every entry point (GraphQL, the live hub, /dashboard, OCDS, iCalendar):
/// a principal becomes exactly one <see cref="Caller"/>, or is refused. An identity that can be read two ways
/// (several roles, several tenants) or names a tenant that does not exist is refused, never guessed.
/// </summary>
public static class CallerClaims
{
    /// <summary>The OpenID Connect subject claim, which every provider and the development issuer use.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The person behind the token: issuer and subject, so two providers' subjects never collide.</summary>
    private static string? Subject(ClaimsPrincipal user) =>
        user.FindFirst(SubjectClaim) is { Value.Length: > 0 } sub ? $"{sub.Issuer}|{sub.Value}" : null;

    /// <summary>The caller, or why the token cannot stand for one.</summary>
    public readonly record struct Reading(Caller? Caller, string? Refusal);

    public static Reading Read(ClaimsPrincipal? user, IdentityOptions options, ReferenceCatalog catalog)
    {
        if (user?.Identity?.IsAuthenticated != true) return new(Caller.Anonymous, null);
        var roles = Values(user, options.RoleClaim);
        if (roles.Count != 1) return Refused(roles.Count == 0 ? "The token carries no role." : "The token carries more than one role.");
        if (RoleNames.Parse(roles[0]) is not { } role) return Refused("The token's role is not one the platform knows.");
        var tenants = Values(user, options.TenantClaim);
        if (tenants.Count > 1) return Refused("The token carries more than one tenant.");
        var tenant = tenants.Count == 1 ? tenants[0] : null;
        switch (role)
        {
            case CallerRole.Municipality when catalog.Municipality(tenant) is null:
                // A signed token for a kommunenummer that is not one of the 357 acts for nobody.
                return Refused("The token's tenant is not one of the 357 kommunenummer.");
            case CallerRole.Supplier when !Identifiers.IsValidOrganisationNumber(tenant):
                return Refused("The token's tenant is not a valid organisation number.");
            case CallerRole.Programme:
                tenant = null;
                break;
        }
        var names = Values(user, options.NameClaim);
        var emails = Values(user, options.EmailClaim);
        return new(new Caller(role, tenant, names.Count == 1 ? names[0] : null, Subject(user), emails.Count == 1 ? emails[0] : null), null);
    }

    /// <summary>The caller of an accepted principal; anonymous for one that <see cref="Read"/> refuses.</summary>
    public static Caller From(ClaimsPrincipal? user, IdentityOptions options, ReferenceCatalog catalog) =>
        Read(user, options, catalog).Caller ?? Caller.Anonymous;

    private static Reading Refused(string why) => new(null, why);

    private static List<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
}
