using GraphQL.Instrumentation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Resilience;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Retries a field whose grain call failed because a silo is gone, when asking again is safe: every field of a query,
/// the fields read from a mutation's answer, and a root mutation field only when the request carries an
/// Idempotency-Key (the grains then make a repeat harmless). A client sees a slower answer instead of an error.
/// </summary>
public sealed class SiloLossRetryMiddleware(IOptions<ResilienceOptions> options) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var rootMutation = context.Operation.Operation == OperationType.Mutation && context.Parent is null;
        if (rootMutation && IdempotencyContext.Current is null) return await next(context);
        Func<Exception, bool> retryable = rootMutation ? SiloLoss.IsSiloLoss : SiloLoss.IsRetryableRead;
        return await SiloLoss.RetryAsync(async () =>
        {
            try
            {
                return await next(context);
            }
            catch (Exception ex) when (retryable(ex))
            {
                // The request's cached reads hold the failed call; the retry must ask the grain again.
                context.Loader().ForgetFailed();
                throw;
            }
        }, retryable, options.Value, context.CancellationToken);
    }
}
