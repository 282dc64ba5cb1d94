using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A production host (no dev tokens) that trusts only tokens of its configured OpenID Connect authority.</summary>
public sealed class ProductionIdentityTests : IAsyncLifetime
{
    private readonly OidcAuthority _authority = new();
    private SiloApp _app = null!;

    public async Task InitializeAsync()
    {
        await _authority.InitializeAsync();
        _app = new SiloApp { Environment = "Production" }
            .With("Authentication:Authority", _authority.Issuer)
            .With("Authentication:Audience", "samspill")
            .With("Authentication:RequireHttpsMetadata", "false")
            // Configurable claim names, as an identity provider of a municipality might use them.
            .With("Authentication:RoleClaim", "samspill_role")
            .With("Authentication:TenantClaim", "org");
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        await _authority.DisposeAsync();
    }

    private Dictionary<string, object> Municipality(string number) => new() { ["samspill_role"] = "municipality", ["org"] = number };

    private async Task<GraphQLResponse> Viewer(string token) =>
        await _app.GraphQLAsync("{ viewer { role municipality { number } } }", token: token);

    [Fact]
    public async Task A_token_of_the_authority_is_accepted_with_the_configured_claim_names()
    {
        var data = (await Viewer(_authority.Mint(Municipality("4601")))).Ok();
        Assert.Equal("MUNICIPALITY", data["viewer"]!["role"]!.GetValue<string>());
        Assert.Equal("4601", data["viewer"]!["municipality"]!["number"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var other = RSA.Create(2048);
        var forged = _authority.Mint(Municipality("4601"),
            credentials: new SigningCredentials(new RsaSecurityKey(other) { KeyId = "test-key-1" }, SecurityAlgorithms.RsaSha256));
        await AssertRefused(forged);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        var parts = _authority.Mint(Municipality("4601")).Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("4601", "0301");
        await AssertRefused($"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}");
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        await AssertRefused(_authority.Mint(Municipality("4601"), expires: DateTime.UtcNow.AddMinutes(-10)));

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var payload = Base64UrlEncoder.Encode($$"""{"iss":"{{_authority.Issuer}}","aud":"samspill","exp":{{exp}},"samspill_role":"municipality","org":"4601"}""");
        await AssertRefused($"{header}.{payload}.");
    }

    [Fact]
    public async Task A_token_for_another_audience_or_issuer_is_refused()
    {
        await AssertRefused(_authority.Mint(Municipality("4601"), audience: "someone-else"));
        await AssertRefused(_authority.Mint(Municipality("4601"), issuer: "http://127.0.0.1:1/evil"));
    }

    [Fact]
    public async Task A_symmetric_token_keyed_with_public_material_is_refused()
    {
        // The classic algorithm confusion: HS256 with the public key's bytes as the shared secret.
        var publicBytes = _authority.SigningKey.Rsa.ExportRSAPublicKey();
        var token = _authority.Mint(Municipality("4601"),
            credentials: new SigningCredentials(new SymmetricSecurityKey(publicBytes) { KeyId = "test-key-1" }, SecurityAlgorithms.HmacSha256));
        await AssertRefused(token);
    }

    [Fact]
    public async Task Dev_tokens_do_not_exist_outside_development()
    {
        using var response = await _app.Http.PostAsync("/auth/dev-token",
            new StringContent("""{"role":"programme"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AssertRefused(string token)
    {
        var response = await Viewer(token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.ErrorCode);
    }
}
