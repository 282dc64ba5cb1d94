namespace Samspill.Grains.Common;

/// <summary>The error codes of the public contract (extensions.code).</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string RuleViolation = "RULE_VIOLATION";
    public const string Conflict = "CONFLICT";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string RateLimited = "RATE_LIMITED";
    /// <summary>Added to the contract: the platform could not answer now (a silo was lost); retry after extensions.retryAfterSeconds.</summary>
    public const string Unavailable = "UNAVAILABLE";
}

/// <summary>A refusal with a contract error code; crosses grain boundaries intact.</summary>
[GenerateSerializer, Alias("Samspill.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(string code, string message, string? rule = null, string? field = null) : base(message)
    {
        Code = code;
        Rule = rule;
        Field = field;
    }

    [Id(0)] public string Code { get; }
    [Id(1)] public string? Rule { get; }
    [Id(2)] public string? Field { get; }

    public static DomainException Violation(string rule, string message) => new(ErrorCodes.RuleViolation, message, rule: rule);
    public static DomainException Invalid(string field, string message) => new(ErrorCodes.ValidationFailed, message, field: field);
    public static DomainException NotFound(string what) => new(ErrorCodes.NotFound, $"{what} was not found.");
    public static DomainException Forbidden(string message) => new(ErrorCodes.Forbidden, message);
    public static DomainException Unauthenticated() => new(ErrorCodes.Unauthenticated, "Sign in first: this needs an access token.");
}
