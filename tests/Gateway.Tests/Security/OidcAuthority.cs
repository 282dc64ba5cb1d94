using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>
/// A stand-in OpenID Connect identity provider on 127.0.0.1: discovery document and JWKS with an RSA key, and a
/// minting function, so the production JWT path is tested against real metadata retrieval.
/// </summary>
public sealed class OidcAuthority : IAsyncLifetime
{
    private readonly RSA _rsa = RSA.Create(2048);
    private WebApplication? _app;

    public string Issuer { get; private set; } = "";
    public RsaSecurityKey SigningKey => new(_rsa) { KeyId = "test-key-1" };

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = "test-key-1" });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _rsa.Dispose();
    }

    /// <summary>A token as the identity provider would issue it; every part can be bent for a negative test.</summary>
    public string Mint(IDictionary<string, object> claims, string? audience = "samspill", string? issuer = null,
        DateTime? expires = null, SigningCredentials? credentials = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity([new Claim("sub", Guid.NewGuid().ToString())]),
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = credentials ?? new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
