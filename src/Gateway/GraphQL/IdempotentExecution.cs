using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Samspill.Gateway.Resilience;
using Samspill.Grains.Idempotency;

namespace Samspill.Gateway.GraphQL;

/// <summary>
/// The Idempotency-Key of a mutation request: the same key from the same caller with the same request gets the first
/// answer and changes nothing twice; the same key with another caller or another request is refused as CONFLICT.
/// </summary>
public static class IdempotentExecution
{
    public const string Header = "Idempotency-Key";
    /// <summary>Set on an answer replayed from an earlier attempt with the same key.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;

    /// <summary>The key the request carries; a refusal when it is malformed; (null, null) when there is none.</summary>
    public static (string? Key, string? Refusal) ReadKey(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Header, out var values) || values.Count == 0) return (null, null);
        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength || !key.All(c => c is >= '!' and <= '~'))
            return (null, $"The {Header} header must be one value of 1 to {MaxKeyLength} visible ASCII characters (a UUID is a good choice).");
        return (key, null);
    }

    /// <summary>Who used the key: a key is the caller's own, whoever else sends it is refused.</summary>
    public static string CallerId(Caller caller) => $"{caller.Role}:{caller.Tenant}:{caller.Subject}";

    /// <summary>What the request asks: the document, the operation and the variables (extensions do not change it).</summary>
    public static string Fingerprint(GraphQLRequest request, IGraphQLTextSerializer serializer)
    {
        var text = $"{request.Query}\n{request.OperationName}\n{(request.Variables is null ? "" : serializer.Serialize(request.Variables))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>An answer is kept for replay unless a lost silo stopped it: then the retry must run it again.</summary>
    public static bool IsFinal(string response)
    {
        if (JsonNode.Parse(response) is not JsonObject body || body["errors"] is not JsonArray errors) return true;
        return !errors.Any(e => e?["extensions"]?["code"]?.GetValue<string>() == ErrorCodes.Unavailable);
    }

    /// <summary>
    /// Claims the key, waiting (within the retry budget) while an earlier attempt of the same request is still running.
    /// </summary>
    public static async Task<IdempotencyClaim> ClaimAsync(IIdempotencyGrain grain, string caller, string fingerprint, Guid attempt,
        ResilienceOptions options, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + options.RetryBudget;
        while (true)
        {
            var claim = await SiloLoss.RetryAsync(() => grain.Begin(caller, fingerprint, attempt), SiloLoss.IsSiloLoss, options, cancel);
            if (claim.Outcome != IdempotencyOutcome.InProgress) return claim;
            if (DateTime.UtcNow > deadline) throw SiloLoss.Unavailable(options.RetryAfterSeconds);
            await Task.Delay(200, cancel);
        }
    }
}
