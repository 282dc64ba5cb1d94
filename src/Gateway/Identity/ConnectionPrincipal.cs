using System.Security.Claims;

namespace Samspill.Gateway.Identity;

/// <summary>
/// The principal a live hub connection keeps for as long as it is open: only the claims that <see cref="CallerClaims"/>
/// and the per-caller limits read (subject, role, tenant, name, e-mail), not the validated token with every claim it
/// carried. The request of a WebSocket lives as long as the connection, and so does whatever its authentication
/// produced (the principal, and the handler's cached result with a second copy of it), per connection.
/// </summary>
public static class ConnectionPrincipal
{
    /// <summary>
    /// A principal that <see cref="CallerClaims.Read"/> reads as the same caller as <paramref name="validated"/>: the
    /// same values of the claims it reads, with their issuers, under the same authentication type.
    /// </summary>
    public static ClaimsPrincipal Slim(ClaimsPrincipal validated, IdentityOptions options)
    {
        var from = validated.Identity;
        var identity = new ClaimsIdentity(from?.AuthenticationType, options.NameClaim, options.RoleClaim);
        string[] kept = [CallerClaims.SubjectClaim, options.RoleClaim, options.TenantClaim, options.NameClaim, options.EmailClaim];
        foreach (var claim in validated.Claims)
        {
            // The configured type strings, not each token's own copies of them.
            if (Array.Find(kept, k => k == claim.Type) is { } type)
                identity.AddClaim(new Claim(type, claim.Value, claim.ValueType, claim.Issuer, claim.OriginalIssuer, identity));
        }
        return new ClaimsPrincipal(identity);
    }
}
