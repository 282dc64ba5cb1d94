using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Samspill.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Samspill.Web.Tests;

/// <summary>An expired or refused token returns the user to sign-in with a message, never a blank page.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SessionEndTests(WebAppFixture app)
{
    [Fact]
    public async Task An_expired_session_returns_to_sign_in_saying_it_expired()
    {
        await using var user = await BrowserUser.OpenAsync(app, "utløpt");
        var token = await app.Silo.TokenAsync("municipality", "1824", "Vefsn");
        await DevSession.PutAsync(user.Context, new
        {
            accessToken = token,
            expiresAt = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"),
            role = "municipality",
            tenant = "1824",
            name = "Vefsn",
        });
        await user.Page.GotoAsync("/kommune");
        await user.ExpectPageHeadingAsync("Logg inn");
        await Expect(user.Page.GetByText("Økten din er utløpt. Logg inn på nytt for å fortsette.")).ToBeVisibleAsync();
        await user.CheckPageAsync("Logg inn etter utløpt økt");

        // And signing in again goes on from there.
        await user.SignInAsMunicipalityAsync("Vefsn", "1824", "Vera i Vefsn");
    }

    [Fact]
    public async Task A_token_the_server_refuses_returns_to_sign_in_saying_access_is_no_longer_accepted()
    {
        await using var user = await BrowserUser.OpenAsync(app, "avvist");
        // Well-formed and unexpired, but signed with a key the silo does not know (as after a key rotation).
        await DevSession.PutAsync(user.Context, new
        {
            accessToken = ForeignToken("municipality", "1820"),
            expiresAt = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            role = "municipality",
            tenant = "1820",
            name = "Alstahaug",
        });
        await user.Page.GotoAsync("/kommune");
        await user.ExpectPageHeadingAsync("Logg inn");
        await Expect(user.Page.GetByText("Du ble logget ut fordi tilgangen din ikke lenger godtas. Logg inn på nytt.")).ToBeVisibleAsync();
        await user.CheckPageAsync("Logg inn etter avvist token");
    }

    private static string ForeignToken(string role, string tenant)
    {
        static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = B64(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = B64(JsonSerializer.SerializeToUtf8Bytes(new
        {
            iss = "samspill-dev", aud = "samspill", sub = $"{role}:{tenant}", role, tenant, name = "Ukjent", iat = now, nbf = now, exp = now + 3600,
        }));
        var signature = B64(HMACSHA256.HashData(RandomNumberGenerator.GetBytes(32), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }
}
