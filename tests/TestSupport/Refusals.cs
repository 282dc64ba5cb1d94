using System.Text.Json;
using Samspill.Grains.Common;

namespace Samspill.TestSupport;

/// <summary>Assertions for grain calls that must be refused.</summary>
public static class Refused
{
    public static async Task<DomainException> With(string code, Func<Task> call, string? rule = null)
    {
        var ex = await Assert.ThrowsAsync<DomainException>(call);
        Assert.Equal((code, rule), (ex.Code, ex.Rule));
        return ex;
    }

    public static Task<DomainException> Rule(string rule, Func<Task> call) => With(ErrorCodes.RuleViolation, call, rule);

    /// <summary>A deep copy of what a grain returned, to compare before and after a refusal.</summary>
    public static string Snapshot(object? value) => Refusal.Snapshot(value);
}

/// <summary>Asserts that a rule refuses with the expected code and rule and leaves the state exactly as it was.</summary>
public static class Refusal
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    public static DomainException Expect(object state, Action action, string code, string? rule = null, string? field = null)
    {
        var before = Snapshot(state);
        var ex = Assert.Throws<DomainException>(action);
        Assert.Equal(code, ex.Code);
        Assert.Equal(rule, ex.Rule);
        if (field is not null) Assert.Equal(field, ex.Field);
        Assert.Equal(before, Snapshot(state));
        return ex;
    }

    public static DomainException Expect<T>(T state, Action<T> action, string code, string? rule = null, string? field = null)
        where T : notnull =>
        Expect(state, () => action(state), code, rule, field);

    public static DomainException Violation(object state, Action action, string rule) =>
        Expect(state, action, ErrorCodes.RuleViolation, rule);

    public static DomainException Violation<T>(T state, Action<T> action, string rule) where T : notnull =>
        Expect(state, () => action(state), ErrorCodes.RuleViolation, rule);

    /// <summary>A deep copy as JSON: any change anywhere in it shows up as a different string.</summary>
    public static string Snapshot(object? value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), Json);
}
