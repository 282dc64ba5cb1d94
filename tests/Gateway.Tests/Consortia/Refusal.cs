using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Consortia;

/// <summary>The shape every refusal must have: the contract's code (and rule), no data for the field, and nothing changed.</summary>
public static class Refusal
{
    public static async Task Assert(Func<Task<string>> snapshot, Func<Task<GraphQLResponse>> attempt, string code, string? rule = null)
    {
        var before = await snapshot();
        var response = await attempt();
        Xunit.Assert.True(response.ErrorCode == code && response.ErrorRule == rule,
            $"expected {code}{(rule is null ? "" : ":" + rule)}, got {response.Body.ToJsonString()}");
        Xunit.Assert.True(response.Data is null || response.Data.AsObject().All(p => p.Value is null), $"refused but answered {response.Data?.ToJsonString()}");
        Xunit.Assert.Equal(before, await snapshot());
    }
}
