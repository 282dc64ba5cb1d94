using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Calendar;
using Samspill.Gateway.Diagnostics;
using Samspill.Gateway.Email;
using Samspill.Gateway.Feeds;
using Samspill.Gateway.GraphQL;
using Samspill.Gateway.Identity;
using Samspill.Gateway.Live;
using Samspill.Gateway.Ocds;
using Samspill.Gateway.Security;
using Samspill.Gateway.WebApp;
using Samspill.Grains.Live;

namespace Samspill.Gateway;

/// <summary>The gateway's two entry points for the host: services and endpoints.</summary>
public static class GatewayExtensions
{
    public static IServiceCollection AddGateway(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSamspillAuthentication(configuration, environment);

        var abuse = configuration.GetSection(AbuseLimitOptions.Section).Get<AbuseLimitOptions>() ?? new AbuseLimitOptions();
        services.Configure<AbuseLimitOptions>(configuration.GetSection(AbuseLimitOptions.Section));
        services.AddPerCallerRateLimit(abuse);
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins(abuse.AllowedOrigins).AllowAnyHeader().WithMethods("GET", "POST")));

        services.AddSignalR(o =>
            {
                o.MaximumReceiveMessageSize = 32 * 1024;
                o.EnableDetailedErrors = environment.IsDevelopment();
                o.AddFilter<LiveCallFilter>();
            })
            // JSON for every client (contract/live.md); MessagePack for those that ask for it, in the same shape.
            .AddMessagePackProtocol(o => o.SerializerOptions = LiveMessagePack.Options);
        services.AddSingleton<LiveCallFilter>();
        // Hub errors start with the contract code (FORBIDDEN, NOT_FOUND, RATE_LIMITED), not SignalR's own sentence.
        services.Replace(ServiceDescriptor.Singleton<IHubProtocolResolver, LiveHubProtocols>());
        services.AddSingleton<ILiveBroadcaster, SignalRLiveBroadcaster>();
        services.AddSingleton<TopicAccess>();
        services.AddEmail(configuration);

        services.Configure<WebAppOptions>(configuration.GetSection(WebAppOptions.Section));
        services.AddHttpContextAccessor();
        services.Configure<PublicSite>(configuration.GetSection(PublicSite.Section));
        services.AddSingleton<IOcdsDialogueSource, GrainOcdsDialogueSource>();
        services.AddOcds(configuration);
        services.AddScoped<RequestLoader>();
        // Each API area adds its own root fields; a new area is a new class, not an edit here.
        foreach (var area in typeof(GatewayExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(area)) services.AddSingleton(typeof(IQueryFields), area);
            if (typeof(IMutationFields).IsAssignableFrom(area)) services.AddSingleton(typeof(IMutationFields), area);
        }

        var limits = configuration.GetSection(GraphQLLimits.Section).Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.Configure<GraphQLLimits>(configuration.GetSection(GraphQLLimits.Section));
        services.Configure<Resilience.ResilienceOptions>(configuration.GetSection(Resilience.ResilienceOptions.Section));
        services.AddSingleton<LookupBudget>();
        services.AddSingleton<ParsedDocuments>();
        services.AddGraphQL(b => b
            .AddSchema<SamspillSchema>()
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(GatewayExtensions).Assembly)
            .AddErrorInfoProvider<ContractErrorInfoProvider>()
            // Refusals to contract errors, fresh reads per root mutation, retries after a silo loss: in that order.
            .UseMiddleware<GatewayFieldMiddleware>()
            // Complexity and depth limits: QueryCost, in the rules ParsedDocuments gives each request.
            .WithTimeout(limits.Timeout));
        return services;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseWebAppFiles();
        app.UseCors();
        app.UseAuthentication();
        app.UseCallerRefusal();
        app.UseRateLimiter();
        app.UseAuthorization();
        if (app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.DevTokens.Enabled)
        {
            app.MapDevTokenEndpoint();
            app.MapBenchEndpoints();
        }
        app.MapGraphQLEndpoint();
        // A connection ends when its token does (the client renews it and reconnects, replaying by sequence).
        app.MapHub<LiveHub>(LiveHub.Path, o => o.CloseOnAuthenticationExpiration = true);
        app.MapBenchBroadcast();
        app.MapOcdsEndpoints();
        app.MapCalendarEndpoints();
        app.MapNotificationEndpoints();
        app.MapFeedEndpoints();
        app.MapWebApp();
        return app;
    }
}
