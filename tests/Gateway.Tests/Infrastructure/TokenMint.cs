using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samspill.Gateway.Identity;

namespace Samspill.Gateway.Tests.Infrastructure;

/// <summary>
/// Tokens a trusted issuer could sign but the dev-token endpoint never hands out (several roles, unknown tenants,
/// a short life), signed with the host's own development key so that only their claims are in question.
/// </summary>
public static class TokenMint
{
    public static string Mint(SiloApp app, IDictionary<string, object> claims, TimeSpan? lifetime = null)
    {
        var key = app.Services.GetRequiredService<DevTokenIssuer>().Key;
        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokenOptions.Issuer,
            Audience = "samspill",
            Claims = claims,
            Subject = new ClaimsIdentity([new Claim("sub", $"mint:{Guid.NewGuid():N}")]),
            IssuedAt = expires < now ? expires.AddMinutes(-1) : now,
            NotBefore = (expires < now ? expires : now).AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
