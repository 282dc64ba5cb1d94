namespace Samspill.Gateway.GraphQL;

/// <summary>Configuration section GraphQL: limits that keep one query from taking the service down.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 5_000;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}
