using System.Text.Json;
using Microsoft.Playwright;

namespace Samspill.Web.Tests.Infrastructure;

/// <summary>
/// Puts a development token straight into a browser context's storage, as the app's sign-in page would after
/// POST /auth/dev-token: for tests and benchmarks whose subject is not signing in.
/// </summary>
public static class DevSession
{
    /// <summary>The key and shape the app keeps its session under (src/Web/src/auth/session.ts).</summary>
    public const string StorageKey = "samspill.session";

    public static async Task<string> SignInAsync(IBrowserContext context, SiloProcess silo, string role, string? tenant, string name)
    {
        var token = await silo.TokenAsync(role, tenant, name);
        await PutAsync(context, new { accessToken = token, expiresAt = DateTimeOffset.UtcNow.AddHours(8).ToString("O"), role, tenant, name });
        return token;
    }

    /// <summary>Stores <paramref name="session"/> before any script of any page of the context runs.</summary>
    public static Task PutAsync(IBrowserContext context, object session) =>
        context.AddInitScriptAsync(
            $"if (!sessionStorage.getItem('samspill.test.seeded')) {{ localStorage.setItem('{StorageKey}', {JsonSerializer.Serialize(JsonSerializer.Serialize(session))}); sessionStorage.setItem('samspill.test.seeded', '1'); }}");
}
