using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Gateway.WebApp;
using Samspill.Silo.Hosting.Development;

namespace Samspill.Silo.Hosting;

/// <summary>Once the silo answers, tells the person who started it where to go.</summary>
public static class StartupBanner
{
    public static void PrintWhenReady(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var url = addresses?.FirstOrDefault()?.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost");
            if (url is null) return;
            var devTokens = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.DevTokens.Enabled;
            var built = File.Exists(Path.Combine(app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.ResolvedRoot, "index.html"));
            Console.WriteLine();
            Console.WriteLine($"Samspill is ready: open {url}");
            if (!built) Console.WriteLine("  The web app was not built (Node.js was missing at build time); the page says how to build it.");
            Console.WriteLine($"  GraphQL query page (GraphiQL): {url}/graphql");
            if (devTokens) Console.WriteLine("  Development: signing in needs no password; pick a municipality, a supplier or the programme.");
            if (app.Services.GetService<DevelopmentMail>()?.WebUrl is { } mail) Console.WriteLine($"  E-mail sent by the platform (smtp4dev): {mail}");
            Console.WriteLine();
        });
}
