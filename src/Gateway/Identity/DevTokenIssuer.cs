using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Samspill.Gateway.Identity;

/// <summary>Issues and validates development tokens (HS256 with a key that lives only in a Development process).</summary>
public sealed class DevTokenIssuer
{
    private readonly IdentityOptions _options;

    public DevTokenIssuer(IOptions<IdentityOptions> options)
    {
        _options = options.Value;
        var configured = _options.DevTokens.SigningKey;
        Key = new SymmetricSecurityKey(string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured))
        {
            KeyId = "samspill-dev",
        };
    }

    public SymmetricSecurityKey Key { get; }

    public (string Token, DateTimeOffset ExpiresAt) Issue(string role, string? tenant, string? name, DateTimeOffset now,
        string? subject = null, string? email = null)
    {
        var expires = now + _options.DevTokens.Lifetime;
        var claims = new Dictionary<string, object> { [_options.RoleClaim] = role };
        if (tenant is not null) claims[_options.TenantClaim] = tenant;
        if (name is not null) claims[_options.NameClaim] = name;
        if (email is not null) claims[_options.EmailClaim] = email;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevTokenOptions.Issuer,
            Audience = _options.Audience,
            Claims = claims,
            Subject = new ClaimsIdentity([new Claim(CallerClaims.SubjectClaim, subject ?? $"{role}:{tenant ?? "-"}")]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddSeconds(-5),
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
