namespace Samspill.Gateway.GraphQL;

/// <summary>Configuration section GraphQL: limits that keep one query from taking the service down.</summary>
public sealed class GraphQLLimits
{
    public const string Section = "GraphQL";

    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 5_000;
    /// <summary>
    /// The longest one request may run. Longer than Gateway:Resilience:RetryBudget (20 s): a read that waits out a lost
    /// silo must end in its answer or in UNAVAILABLE with a retry hint, not be cut short and called too complex.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fields a document may select once its fragments are spread (introspection included).</summary>
    public int MaxExpandedFields { get; set; } = 2_000;
    /// <summary>Selections in any one selection set.</summary>
    public int MaxSelectionsPerSet { get; set; } = 100;
    /// <summary>Aliases in a document.</summary>
    public int MaxAliases { get; set; } = 50;
    /// <summary>Nesting the parser accepts before refusing the text.</summary>
    public int MaxParserDepth { get; set; } = 64;
}
