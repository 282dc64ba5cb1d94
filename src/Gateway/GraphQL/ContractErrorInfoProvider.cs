using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Samspill.Gateway.GraphQL;

/// <summary>Shapes every error as the contract wants: extensions.code always one of its codes, plus rule and field.</summary>
public sealed class ContractErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeData = false })
{
    /// <summary>The retry hint for an unexpected failure: short, since most are passing (a timeout, a silo restarting).</summary>
    public const int UnexpectedRetryAfterSeconds = 5;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        var message = info.Message;
        switch (executionError)
        {
            case DomainExecutionError domain:
                extensions["code"] = domain.Code;
                if (domain.Rule is not null) extensions["rule"] = domain.Rule;
                if (domain.Field is not null) extensions["field"] = domain.Field;
                if (domain.RetryAfterSeconds is { } retryAfter) extensions["retryAfterSeconds"] = retryAfter;
                break;
            // A silo lost outside the retries (a mutation without an Idempotency-Key): never an Orleans-internal code.
            case { InnerException: { } inner } when Resilience.SiloLoss.IsRetryableRead(inner):
                extensions["code"] = ErrorCodes.Unavailable;
                extensions["retryAfterSeconds"] = 5;
                message = "The platform could not answer just now (a server was lost). Retry in 5 s; send a mutation with an Idempotency-Key so that its retry is safe.";
                break;
            case ComplexityError:
            // A query that outruns the execution timeout is too costly for the same reason as a too-complex one.
            case TimeoutError:
                extensions["code"] = ErrorCodes.QueryTooComplex;
                break;
            case InvalidVariableError variable:
                extensions["code"] = ErrorCodes.ValidationFailed;
                extensions["field"] = FieldOf(variable.Message);
                break;
            case ValidationError or DocumentError:
                extensions["code"] = ErrorCodes.ValidationFailed;
                break;
            // Anything else that failed while answering (an Orleans error, a grain call timeout, a bug): the contract
            // has no code for "internal", and clients must never see GraphQL.NET's or Orleans' own (ORLEANS, TIMEOUT…).
            // The details stay in the server's log.
            case { InnerException: not null }:
                extensions["code"] = ErrorCodes.Unavailable;
                extensions["retryAfterSeconds"] = UnexpectedRetryAfterSeconds;
                message = "The platform could not answer this request (an unexpected error on the server). Retry in a moment; send a mutation with an Idempotency-Key so that its retry is safe.";
                break;
            // GraphQL.NET's own refusals of the request itself (no such operation, several without a name…).
            default:
                extensions["code"] = ErrorCodes.ValidationFailed;
                break;
        }
        extensions.Remove("codes");
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>The innermost input field a variable error names ("Variable '$input.title' is invalid…" → "title").</summary>
    private static string? FieldOf(string message)
    {
        var start = message.IndexOf("'$", StringComparison.Ordinal);
        if (start < 0) return null;
        var end = message.IndexOf('\'', start + 2);
        var path = end < 0 ? message[(start + 2)..] : message[(start + 2)..end];
        var last = path.Split('.').Last();
        var bracket = last.IndexOf('[');
        return bracket < 0 ? last : last[..bracket];
    }
}
