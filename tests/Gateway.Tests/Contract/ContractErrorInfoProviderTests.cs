using GraphQL;
using GraphQL.Execution;
using Samspill.Gateway.GraphQL;
using Samspill.Grains.Common;

namespace Samspill.Gateway.Tests.Contract;

/// <summary>Every error a client can get carries one of the contract's codes, never GraphQL.NET's or Orleans' own.</summary>
public sealed class ContractErrorInfoProviderTests
{
    private static readonly ContractErrorInfoProvider Provider = new();

    [Fact]
    public void An_unexpected_failure_inside_a_resolver_is_unavailable_with_a_retry_hint_and_no_internal_detail()
    {
        var failure = new Orleans.Runtime.OrleansException("Grain directory partition lost: internal detail");
        var info = Provider.GetInfo(new UnhandledError("Error trying to resolve field 'answerQuestion'.", failure));

        Assert.Equal(ErrorCodes.Unavailable, info.Extensions!["code"]);
        Assert.Equal(ContractErrorInfoProvider.UnexpectedRetryAfterSeconds, info.Extensions["retryAfterSeconds"]);
        Assert.DoesNotContain("internal detail", info.Message);
        Assert.DoesNotContain("ORLEANS", info.Message);
    }

    [Fact]
    public void A_refusal_graphql_raises_about_the_request_itself_is_validation_failed()
    {
        var info = Provider.GetInfo(new ExecutionError("Unknown operation name 'Missing'.") { Code = "INVALID_OPERATION" });

        Assert.Equal(ErrorCodes.ValidationFailed, info.Extensions!["code"]);
    }

    [Theory]
    [InlineData("ORLEANS")]
    [InlineData("TIMEOUT")]
    [InlineData("INVALID_OPERATION")]
    public void No_code_outside_the_contract_reaches_a_client(string internalCode)
    {
        var contract = new[]
        {
            ErrorCodes.Unauthenticated, ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ValidationFailed, ErrorCodes.RuleViolation,
            ErrorCodes.Conflict, ErrorCodes.QueryTooComplex, ErrorCodes.RateLimited, ErrorCodes.Unavailable,
        };
        var withCause = Provider.GetInfo(new ExecutionError("failed", new InvalidOperationException("boom")) { Code = internalCode });
        var without = Provider.GetInfo(new ExecutionError("failed") { Code = internalCode });

        Assert.Contains(withCause.Extensions!["code"], contract);
        Assert.Contains(without.Extensions!["code"], contract);
    }
}
