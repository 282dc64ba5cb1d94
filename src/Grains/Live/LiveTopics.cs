namespace Samspill.Grains.Live;

/// <summary>Topic names of contract/live.md, in one place.</summary>
public static class LiveTopics
{
    public const string Programme = "programme";

    /// <summary>The kinds of topic, the part before the slash.</summary>
    public static class Kinds
    {
        public const string Consortium = "consortium";
        public const string Municipality = "municipality";
        public const string Supplier = "supplier";
        public const string Dialogue = "dialogue";
    }

    public static string Consortium(string id) => $"{Kinds.Consortium}/{id}";
    public static string Municipality(string number) => $"{Kinds.Municipality}/{number}";
    public static string Supplier(string orgNumber) => $"{Kinds.Supplier}/{orgNumber}";
    public static string Dialogue(string eventId) => $"{Kinds.Dialogue}/{eventId}";

    /// <summary>
    /// The public stream of a topic: the subset suppliers and anonymous callers may see, with its own
    /// contiguous sequence so that their gap detection still works.
    /// </summary>
    public static string PublicView(string topic) => $"{topic}{ViewSeparator}public";

    /// <summary>
    /// The programme staff's stream of a municipality's topic: what staff may see (never a PRIVATE need), with its
    /// own contiguous sequence.
    /// </summary>
    public static string StaffView(string topic) => $"{topic}{ViewSeparator}staff";

    /// <summary>Separates a topic from the audience of one of its views; never part of a topic clients name.</summary>
    public const char ViewSeparator = '#';

    /// <summary>The topic a subscriber of a view asked for.</summary>
    public static string TopicOf(string stream) => stream.IndexOf(ViewSeparator) is var at and >= 0 ? stream[..at] : stream;
}
