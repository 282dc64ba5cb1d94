using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Samspill.Gateway.Security;

/// <summary>
/// Each root field of a query may make a grain lookup, so aliases of one costly field (`a: dialogueEvent(id: …)
/// b: dialogueEvent(id: …)`) spend a per-caller budget, one permit per field, on top of the per-request limit.
/// </summary>
public sealed class LookupBudget : IDisposable
{
    private readonly PartitionedRateLimiter<string> _lookups;

    public LookupBudget(IOptions<AbuseLimitOptions> limits)
    {
        var o = limits.Value;
        _lookups = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = o.LookupsPerWindow,
            Window = o.Window,
            QueueLimit = 0,
        }));
    }

    /// <summary>Spends <paramref name="fields"/> permits of the request's caller; false when the budget is spent.</summary>
    public bool TrySpend(HttpContext http, int fields)
    {
        if (fields <= 0) return true;
        using var lease = _lookups.AttemptAcquire(RateLimiting.PartitionKey(http), fields);
        return lease.IsAcquired;
    }

    public void Dispose() => _lookups.Dispose();
}
