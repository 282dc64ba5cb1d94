using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Samspill.Gateway.Identity;

namespace Samspill.Gateway.Security;

/// <summary>A fixed-window limit per caller (token subject, else client address), on ASP.NET Core's rate limiter.</summary>
public static class RateLimiting
{
    public const string PerCaller = "per-caller";

    public static IServiceCollection AddPerCallerRateLimit(this IServiceCollection services, AbuseLimitOptions limits)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PerCaller, http => RateLimitPartition.GetFixedWindowLimiter(PartitionKey(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = limits.Window,
                QueueLimit = 0,
            }));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "application/json; charset=utf-8";
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString();
                await ctx.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = "Too many requests; slow down and retry later.", extensions = new { code = ErrorCodes.RateLimited } } },
                }, ct);
            };
        });
        return services;
    }

    /// <summary>Whose budget a request spends: the token subject, else the client address.</summary>
    public static string PartitionKey(HttpContext http) =>
        http.User.FindFirst(CallerClaims.SubjectClaim)?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{http.Connection.RemoteIpAddress}";
}
