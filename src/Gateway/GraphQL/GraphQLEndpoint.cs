using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Samspill.Gateway.Identity;
using Samspill.Gateway.Security;
using Samspill.Grains.Common;
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
        IOptions<AbuseLimitOptions> limits, IOptions<GraphQLLimits> graphQLLimits, LookupBudget lookups)
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
        var measure = DocumentBounds.Check(request.Query, request.OperationName, graphQLLimits.Value);
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

        CallerContext.Set(http.Caller());
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
        http.Response.ContentType = "application/json; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Errors = [new DomainExecutionError(code, message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
