using GraphQL.Instrumentation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Orleans.Storage;
using Samspill.Gateway.Resilience;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// What the gateway does around every field, outermost first:
/// <list type="bullet">
/// <item>Refusals from the grains become contract errors at the field that caused them.</item>
/// <item>Each root mutation field starts with an empty <see cref="RequestLoader"/>: reads cached by an earlier field of
/// the same request would otherwise leak into the object a mutation returns and show it as it was before.</item>
/// <item>A field whose grain call failed because a silo is gone is retried when asking again is safe: every field of a
/// query, the fields read from a mutation's answer, and a root mutation field only when the request carries an
/// Idempotency-Key (the grains then make a repeat harmless). A client sees a slower answer instead of an error.</item>
/// </list>
/// GraphQL.NET wraps every field of the schema in it, `id` and `title` too. These were three async middlewares, three
/// state machines and two closures per field and most of what a need(id) read allocated beyond its grain call (issue
/// 17); now a field whose resolver answers synchronously and without an error (nothing to translate, nothing to retry)
/// costs two calls, and only a pending or failed one enters the one async method below, with the attempt already
/// under way, so no resolver runs twice.
/// </summary>
public sealed class GatewayFieldMiddleware(IOptions<ResilienceOptions> options) : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var root = context.Parent is null;
        if (root && context.ParentType == context.Schema.Mutation) context.Loader().Forget();
        var attempt = Attempt(context, next);
        if (attempt.IsCompletedSuccessfully) return attempt;
        var rootMutation = root && context.Operation.Operation == OperationType.Mutation;
        Func<Exception, bool>? retryable = !rootMutation ? SiloLoss.IsRetryableRead
            : IdempotencyContext.Current is null ? null
            : SiloLoss.IsSiloLoss;
        return CompleteAsync(context, next, attempt, retryable);
    }

    private async ValueTask<object?> CompleteAsync(IResolveFieldContext context, FieldMiddlewareDelegate next, ValueTask<object?> attempt,
        Func<Exception, bool>? retryable)
    {
        var settings = options.Value;
        var deadline = DateTime.UtcNow + settings.RetryBudget;
        try
        {
            for (var tried = 1; ; tried++)
            {
                try
                {
                    return await attempt;
                }
                catch (Exception ex) when (retryable is not null && retryable(ex))
                {
                    // The request's cached reads hold the failed call; the retry must ask the grain again.
                    context.Loader().ForgetFailed();
                    var delay = SiloLoss.Delay(tried);
                    if (DateTime.UtcNow + delay > deadline) throw SiloLoss.Unavailable(settings.RetryAfterSeconds);
                    await Task.Delay(delay, context.CancellationToken);
                }
                attempt = Attempt(context, next);
            }
        }
        catch (DomainException ex)
        {
            throw new DomainExecutionError(ex);
        }
        catch (InconsistentStateException)
        {
            throw new DomainExecutionError(ErrorCodes.Conflict, "Someone else changed this at the same time; read it again and retry.");
        }
    }

    /// <summary>A resolver's synchronous throw as a failed attempt, as an async middleware around it saw it.</summary>
    private static ValueTask<object?> Attempt(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return next(context);
        }
        catch (Exception ex)
        {
            return ValueTask.FromException<object?>(ex);
        }
    }
}
