using GraphQL.Instrumentation;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Resilience;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// The gateway's field middlewares as one: <see cref="DomainErrorMiddleware"/> around <see cref="FreshReadsMiddleware"/>
/// around <see cref="SiloLossRetryMiddleware"/>, as they were registered, but without their cost for a field that
/// answers at once. GraphQL.NET wraps every field of the schema, also `id` and `title`; three async middlewares there
/// were three state machines and two closures per field and most of a need(id) read's allocations (issue 17). A
/// field below the root whose resolver completes synchronously and without an error cannot have failed on a silo nor
/// been refused, so its value is returned as it is; anything else (root fields, an exception, a pending grain call)
/// takes the three middlewares in full, handed the attempt already started so no resolver runs twice.
/// </summary>
public sealed class GatewayFieldMiddleware(IOptions<ResilienceOptions> options) : IFieldMiddleware
{
    private readonly DomainErrorMiddleware _errors = new();
    private readonly FreshReadsMiddleware _fresh = new();
    private readonly SiloLossRetryMiddleware _retry = new(options);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        // A root field may be a mutation (fresh reads, idempotency-aware retries): always the full chain.
        if (context.Parent is null) return Full(context, next);
        ValueTask<object?> first;
        try
        {
            first = next(context);
        }
        catch (Exception ex)
        {
            // The chain's middlewares are async: a synchronous throw reached them as a faulted task.
            first = ValueTask.FromException<object?>(ex);
        }
        return first.IsCompletedSuccessfully ? first : Full(context, Resume(first, next));
    }

    private ValueTask<object?> Full(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        _errors.ResolveAsync(context, c => _fresh.ResolveAsync(c, c2 => _retry.ResolveAsync(c2, next)));

    /// <summary>The attempt already under way first, then the resolver again for each retry.</summary>
    private static FieldMiddlewareDelegate Resume(ValueTask<object?> first, FieldMiddlewareDelegate next)
    {
        var started = true;
        return c =>
        {
            if (!started) return next(c);
            started = false;
            return first;
        };
    }
}
