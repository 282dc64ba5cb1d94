using Microsoft.AspNetCore.Authentication.JwtBearer;
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
    public static IServiceCollection AddSamspillAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(IdentityOptions.Section).Get<IdentityOptions>() ?? new IdentityOptions();
        if (options.DevTokens.Enabled && !environment.IsDevelopment())
            throw new GatewayConfigurationException(
                $"Authentication:DevTokens:Enabled is on in the {environment.EnvironmentName} environment. Dev tokens are allowed only in Development; turn them off and configure Authentication:Authority.");

        services.Configure<IdentityOptions>(configuration.GetSection(IdentityOptions.Section));
        services.AddSingleton<DevTokenIssuer>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
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
                        var token = ctx.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(token) && ctx.HttpContext.Request.Path.StartsWithSegments("/hubs")) ctx.Token = token;
                        return Task.CompletedTask;
                    },
                    // The one claims reader decides whether the token stands for exactly one caller; if not it is
                    // refused here, for every entry point at once.
                    OnTokenValidated = ctx =>
                    {
                        var reading = CallerClaims.Read(ctx.Principal, o, ctx.HttpContext.RequestServices.GetRequiredService<ReferenceCatalog>());
                        if (reading.Refusal is { } why) ctx.Fail(why);
                        // Live connections close when this passes (the client renews its token and reconnects).
                        else ctx.Properties.ExpiresUtc = ctx.SecurityToken.ValidTo;
                        return Task.CompletedTask;
                    },
                };
            });
        return services;
    }
}
