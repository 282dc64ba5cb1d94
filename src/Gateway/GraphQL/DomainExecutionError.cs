namespace Samspill.Gateway.GraphQL;

/// <summary>A GraphQL error carrying the contract's code and, where they apply, the rule and the input field.</summary>
public sealed class DomainExecutionError : ExecutionError
{
    public DomainExecutionError(string code, string message, string? rule = null, string? field = null) : base(message)
    {
        Code = code;
        Rule = rule;
        Field = field;
    }

    public DomainExecutionError(DomainException ex) : this(ex.Code, ex.Message, ex.Rule, ex.Field) { }

    public string? Rule { get; }
    public string? Field { get; }

    /// <summary>For UNAVAILABLE: when a retry is likely to succeed.</summary>
    public int? RetryAfterSeconds { get; init; }
}
