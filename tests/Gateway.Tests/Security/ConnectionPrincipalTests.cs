using System.Security.Claims;
using Samspill.Gateway.Identity;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A live connection's slim principal stands for the same caller as the validated token, and for no other.</summary>
public sealed class ConnectionPrincipalTests
{
    private static readonly IdentityOptions Options = new();
    private static readonly ReferenceCatalog Catalog = new(new ReferenceDataOptions());

    private static ClaimsPrincipal Validated(params (string Type, string Value)[] claims) => new(new ClaimsIdentity(
        claims.Select(c => new Claim(c.Type, c.Value, ClaimValueTypes.String, "https://idp.example/"))
            .Concat([new Claim("aud", "samspill"), new Claim("exp", "1900000000"), new Claim("jti", Guid.NewGuid().ToString())]),
        "AuthenticationTypes.Federation", Options.NameClaim, Options.RoleClaim));

    [Fact]
    public void The_slim_principal_reads_as_the_same_caller_and_keeps_only_what_is_read()
    {
        var validated = Validated(("sub", "u-1"), ("role", "municipality"), ("tenant", "1804"), ("name", "Kari"), ("email", "kari@bodo.kommune.no"));
        var slim = ConnectionPrincipal.Slim(validated, Options);

        Assert.Equal(CallerClaims.Read(validated, Options, Catalog), CallerClaims.Read(slim, Options, Catalog));
        Assert.True(slim.Identity!.IsAuthenticated);
        Assert.Equal("Kari", slim.Identity.Name);
        Assert.True(slim.IsInRole("municipality"));
        Assert.Equal(["sub", "role", "tenant", "name", "email"], slim.Claims.Select(c => c.Type));
        Assert.All(slim.Claims, c => Assert.Equal("https://idp.example/", c.Issuer));
    }

    [Fact]
    public void A_token_the_reader_would_refuse_is_refused_for_the_slim_principal_too()
    {
        // Two tenants: every value is kept, so the slim principal cannot be read as either one.
        var validated = Validated(("sub", "u-2"), ("role", "municipality"), ("tenant", "1804"), ("tenant", "0301"));
        var slim = ConnectionPrincipal.Slim(validated, Options);
        Assert.NotNull(CallerClaims.Read(slim, Options, Catalog).Refusal);
    }
}
