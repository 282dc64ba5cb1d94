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
        app.MapGet("/graphql", () => Results.Content(GraphQLIde.Html, "text/html; charset=utf-8")).AllowAnonymous();
    }

    private static async Task Execute(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer,
        IOptions<IdentityOptions> identity, IOptions<AbuseLimitOptions> limits, ReferenceCatalog catalog)
    {
        if (!RequestBodyLimit.Admit(http, limits.Value.MaxRequestBodyBytes)) return;

        // A token that was sent but did not validate is refused outright, not downgraded to anonymous.
        if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
        {
            await WriteErrorAsync(http, serializer, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "The access token is invalid or expired.");
            return;
        }

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

        CallerContext.Set(CallerClaims.From(http.User, identity.Value, catalog));
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
