using System.Text.Json;
using GraphQL.Transport;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Gateway.Resilience;
using Samspill.Grains.Idempotency;
using Samspill.Gateway.Security;
using Samspill.Grains.ReferenceData;

namespace Samspill.Gateway.GraphQL;

/// <summary>POST /graphql (GraphQL over HTTP with application/json) around GraphQL.NET's document executer.</summary>
public static class GraphQLEndpoint
{
    public static void MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", Execute).AllowAnonymous().RequireRateLimiting(RateLimiting.PerCaller);
        app.MapGet("/graphql", GraphQLIde.Serve).AllowAnonymous();
    }

    private static async Task Execute(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        IOptions<AbuseLimitOptions> limits, IOptions<ResilienceOptions> resilience,
        LookupBudget lookups, IGrainFactory grains, ParsedDocuments documents)
    {
        if (!RequestBodyLimit.Admit(http, limits.Value.MaxRequestBodyBytes)) return;

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "The request body is not valid GraphQL-over-HTTP JSON.");
            return;
        }
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "The request has no query.");
            return;
        }

        // Bounded before GraphQL.NET validates or analyses anything, so a refused bomb costs milliseconds.
        var parsed = documents.Get(request.Query, request.OperationName);
        var measure = parsed.Measure;
        if (measure.Refusal is { } refusal)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status200OK, ErrorCodes.QueryTooComplex, refusal);
            return;
        }
        if (!lookups.TrySpend(http, measure.RootFields))
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                "Too many fields asked for; slow down and retry later.");
            return;
        }

        var (key, keyRefusal) = IdempotentExecution.ReadKey(http.Request);
        if (keyRefusal is not null)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, keyRefusal, IdempotentExecution.Header);
            return;
        }
        var caller = http.Caller();
        // A key matters for mutations only (a query is safe to repeat anyway); anonymous callers cannot mutate.
        if (key is null || !measure.IsMutation || caller.IsAnonymous)
        {
            IdempotencyContext.Set(null);
            var result = await ExecuteAsync(http, executer, request, documents, parsed);
            WriteRetryHint(http, result);
            http.Response.ContentType = "application/json; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
            return;
        }
        await ExecuteOnceAsync(http, executer, serializer, request, documents, parsed, key, caller, resilience.Value, grains);
    }

    private static async Task ExecuteOnceAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        GraphQLRequest request, ParsedDocuments documents, ParsedDocuments.Parsed parsed, string key, Caller caller, ResilienceOptions resilience, IGrainFactory grains)
    {
        var grain = grains.GetGrain<IIdempotencyGrain>(key);
        var callerId = IdempotentExecution.CallerId(caller);
        var fingerprint = IdempotentExecution.Fingerprint(request, serializer);
        var attempt = Guid.NewGuid();
        IdempotencyClaim claim;
        try
        {
            claim = await IdempotentExecution.ClaimAsync(grain, callerId, fingerprint, attempt, resilience, http.RequestAborted);
        }
        catch (DomainExecutionError unavailable)
        {
            http.Response.Headers.RetryAfter = resilience.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, serializer, StatusCodes.Status503ServiceUnavailable, unavailable);
            return;
        }
        switch (claim.Outcome)
        {
            case IdempotencyOutcome.Replay:
                http.Response.Headers[IdempotentExecution.ReplayedHeader] = "true";
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(claim.Response!, http.RequestAborted);
                return;
            case IdempotencyOutcome.Conflict:
                await WriteErrorAsync(http, serializer, StatusCodes.Status200OK, new DomainExecutionError(ErrorCodes.Conflict,
                    $"This {IdempotentExecution.Header} was already used for another request; use a new key for a new request.", field: IdempotentExecution.Header));
                return;
        }

        IdempotencyContext.Set(key);
        var result = await ExecuteAsync(http, executer, request, documents, parsed);
        var response = serializer.Serialize(result);
        try
        {
            if (IdempotentExecution.IsFinal(response))
                await SiloLoss.RetryAsync(async () => { await grain.Complete(callerId, fingerprint, attempt, response); return true; }, SiloLoss.IsSiloLoss, resilience, http.RequestAborted);
            else
                await grain.Abandon(attempt);
        }
        catch (Exception ex) when (ex is DomainExecutionError || SiloLoss.IsSiloLoss(ex))
        {
            // The mutation is done and its answer goes back; a retry with this key reruns it, which the grains that
            // create things make harmless (the id comes from the key).
        }
        WriteRetryHint(http, result);
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(response, http.RequestAborted);
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, GraphQLRequest request,
        ParsedDocuments documents, ParsedDocuments.Parsed parsed)
    {
        var options = new ExecutionOptions
        {
            Query = request.Query,
            Document = parsed.Document,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        };
        // Set for every request: the cost rule is not registered with GraphQL.NET, which would append it to every list.
        options.ValidationRules = documents.Rules(parsed);
        var result = await executer.ExecuteAsync(options);
        if (result.Executed && parsed.Document is not null) parsed.MarkValidated();
        return result;
    }

    /// <summary>An answer with an UNAVAILABLE error says when to retry in the Retry-After header too.</summary>
    private static void WriteRetryHint(HttpContext http, ExecutionResult result)
    {
        var hint = result.Errors?.OfType<DomainExecutionError>().Select(e => e.RetryAfterSeconds).FirstOrDefault(s => s is not null)
            ?? (result.Errors?.Any(e => e.InnerException is { } inner && SiloLoss.IsRetryableRead(inner)) == true ? 5 : null);
        if (hint is { } seconds) http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message, string? field = null) =>
        WriteErrorAsync(http, serializer, status, new DomainExecutionError(code, message, field: field));

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, DomainExecutionError error)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [error] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
