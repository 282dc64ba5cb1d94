using GraphQL.Instrumentation;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// Each root mutation field starts with an empty <see cref="RequestLoader"/>: reads cached by an earlier field of the
/// same request would otherwise leak into the object a mutation returns and show it as it was before.
/// </summary>
public sealed class FreshReadsMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.Parent is null && context.ParentType == context.Schema.Mutation) context.Loader().Forget();
        return next(context);
    }
}
