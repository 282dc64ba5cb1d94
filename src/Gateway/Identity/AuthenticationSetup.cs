using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.Identity;

/// <summary>JWT bearer authentication: the configured OpenID Connect authority, plus dev tokens in Development.</summary>
public static class AuthenticationSetup
{
    /// <summary>Where browsers open WebSockets and so send the token in the query string.</summary>
    private const string HubPaths = "/hubs";
    private const string AccessTokenParameter = "access_token";

    public static IServiceCollection AddSamspillAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        if (options.DevTokens.Enabled && !environment.IsDevelopment())
            throw new GatewayConfigurationException(
                $"Authentication:DevTokens:Enabled is on in the {environment.EnvironmentName} environment. Dev tokens are allowed only in Development; turn them off and configure Authentication:Authority.");

        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.Section));
        services.AddSingleton<DevTokenIssuer>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            // Nothing reads the token back from the authentication properties; a live connection would keep it.
            jwt.SaveToken = false;
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<DevTokenIssuer, IOptions<IdentityOptions>>((jwt, devTokens, identity) =>
            {
                var o = identity.Value;
                jwt.MapInboundClaims = false;
                jwt.Authority = string.IsNullOrEmpty(o.Authority) ? null : o.Authority;
                jwt.RequireHttpsMetadata = o.RequireHttpsMetadata;
                var issuers = new List<string>();
                if (!string.IsNullOrEmpty(o.Authority)) issuers.Add(o.Authority.TrimEnd('/'));
                if (o.DevTokens.Enabled) issuers.Add(DevTokenOptions.Issuer);
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = true,
                    ValidIssuers = issuers.Concat(issuers.Select(i => i + "/")).ToList(),
                    ValidateAudience = true,
                    ValidAudience = o.Audience,
                    ValidateLifetime = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ValidateIssuerSigningKey = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // Dev tokens are HS256; real identity providers sign asymmetrically. Nothing else (and never "none").
                    ValidAlgorithms = o.DevTokens.Enabled
                        ? [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256]
                        : [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256],
                    IssuerSigningKeys = o.DevTokens.Enabled ? [devTokens.Key] : [],
                    NameClaimType = o.NameClaim,
                    RoleClaimType = o.RoleClaim,
                };
                jwt.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on WebSockets: the hub takes the token from the query string.
                    OnMessageReceived = ctx =>
                    {
                        if (!ctx.Request.Path.StartsWithSegments(HubPaths)) return Task.CompletedTask;
                        var query = ctx.Request.Query;
                        var token = query[AccessTokenParameter];
                        if (string.IsNullOrEmpty(token)) return Task.CompletedTask;
                        ctx.Token = token;
                        // A WebSocket's request lives as long as the connection: once taken, the token is not kept in
                        // its parsed query (nor in logs or diagnostics of it) for hours. The handler caches its result.
                        ctx.Request.Query = new QueryCollection(query.Where(p => p.Key != AccessTokenParameter).ToDictionary(p => p.Key, p => p.Value));
                        return Task.CompletedTask;
                    },
                    // The one claims reader decides whether the token stands for exactly one caller; if not it is
                    // refused here, for every entry point at once.
                    OnTokenValidated = ctx =>
                    {
                        var reading = CallerClaims.Read(ctx.Principal, o, ctx.HttpContext.RequestServices.GetRequiredService<ReferenceCatalog>());
                        if (reading.Refusal is { } why) ctx.Fail(why);
                        else
                        {
                            // Live connections close when this passes (the client renews its token and reconnects).
                            ctx.Properties.ExpiresUtc = ctx.SecurityToken.ValidTo;
                            // A live connection keeps its principal as long as it is open: only what is read of it.
                            if (ctx.Request.Path.StartsWithSegments(HubPaths)) ctx.Principal = ConnectionPrincipal.Slim(ctx.Principal!, o);
                        }
                        return Task.CompletedTask;
                    },
                };
            });
        return services;
    }
}
