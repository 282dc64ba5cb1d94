using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Gateway.Security;

namespace Samspill.Gateway.Live;

/// <summary>
/// Runs around every hub method: sets the caller once per call through the one claims reader, and counts the call
/// against the caller's budget of hub calls whether it then succeeds or fails, so refused calls are not free.
/// </summary>
public sealed class LiveCallFilter : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _calls;

    public LiveCallFilter(IOptions<AbuseLimitOptions> limits)
    {
        var o = limits.Value;
        _calls = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.HubCallsPerWindow,
            Window = o.Window,
            QueueLimit = 0,
        }));
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocation.Context;
        using var lease = _calls.AttemptAcquire(PartitionKey(context));
        if (!lease.IsAcquired) throw new HubException("RATE_LIMITED: too many hub calls; slow down and retry later.");
        CallerContext.Set(CallerAccess.Of(invocation.ServiceProvider, context.User));
        return await next(invocation);
    }

    /// <summary>A signed-in caller's budget spans its connections; an anonymous one is counted per address.</summary>
    private static string PartitionKey(HubCallerContext context) =>
        context.User?.FindFirst(CallerClaims.SubjectClaim)?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{context.GetHttpContext()?.Connection.RemoteIpAddress}";

    public void Dispose() => _calls.Dispose();
}
