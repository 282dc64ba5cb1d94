namespace Samspill.Grains.Live;

/// <summary>Topic names of contract/live.md, in one place.</summary>
public static class LiveTopics
{
    public const string Programme = "programme";
    public static string Consortium(string id) => $"consortium/{id}";
    public static string Municipality(string number) => $"municipality/{number}";
    public static string Supplier(string orgNumber) => $"supplier/{orgNumber}";
    public static string Dialogue(string eventId) => $"dialogue/{eventId}";

    /// <summary>
    /// The public stream of a topic: the subset suppliers and anonymous callers may see, with its own
    /// contiguous sequence so that their gap detection still works.
    /// </summary>
    public static string PublicView(string topic) => $"{topic}#public";
}
