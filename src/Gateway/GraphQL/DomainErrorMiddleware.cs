using GraphQL.Instrumentation;
using Orleans.Storage;

namespace Samspill.Gateway.GraphQL;

/// <summary>Turns refusals from the grains into contract errors at the field that caused them.</summary>
public sealed class DomainErrorMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        try
        {
            return await next(context);
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
}
