namespace Samspill.Grains.Common;

/// <summary>
/// How many items a list gives when the caller does not say (the GraphQL arguments' defaults), and the most it
/// gives: one place for the schema, the gateway's checks and the grains that cut the lists.
/// </summary>
public static class PageSizes
{
    /// <summary>first of the contract's *Connection lists (needs, consortia, dialogue events, cases, municipalities, activity).</summary>
    public const int ConnectionDefault = 50;
    public const int ConnectionMax = 200;

    /// <summary>first of search.</summary>
    public const int SearchDefault = 20;
    public const int SearchMax = 50;

    /// <summary>first of cpvSearch.</summary>
    public const int CpvSearchDefault = 20;
    public const int CpvSearchMax = 100;

    /// <summary>first of similarNeeds.</summary>
    public const int SimilarNeedsDefault = 10;
    public const int SimilarNeedsMax = 100;

    /// <summary>first of a consortium's timeline.</summary>
    public const int TimelineDefault = 50;
    public const int TimelineMax = 1000;

    /// <summary>What a search of the case library by text reads before filtering.</summary>
    public const int CaseTextSearchMax = 1000;
}
