using System.Text.Json;
using Samspill.Grains.Common;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>Assertions for grain calls that must be refused.</summary>
public static class Refused
{
    private static readonly JsonSerializerOptions Json = new();

    public static async Task<DomainException> With(string code, Func<Task> call, string? rule = null)
    {
        var ex = await Assert.ThrowsAsync<DomainException>(call);
        Assert.Equal((code, rule), (ex.Code, ex.Rule));
        return ex;
    }

    public static Task<DomainException> Rule(string rule, Func<Task> call) => With(ErrorCodes.RuleViolation, call, rule);

    /// <summary>A deep copy of what a grain returned, to compare before and after a refusal.</summary>
    public static string Snapshot(object? value) => JsonSerializer.Serialize(value, Json);
}
