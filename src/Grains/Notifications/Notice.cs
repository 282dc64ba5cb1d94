namespace Samspill.Grains.Notifications;

/// <summary>Who may receive a notice: checked when it is resolved and again before every send.</summary>
public enum AudienceKind
{
    /// <summary>The people of one municipality (Key = kommunenummer).</summary>
    Municipality,
    /// <summary>The people of one supplier that still hears the announcement (Key = organisation number).</summary>
    AnnouncementFollower,
    /// <summary>The people of one supplier still registered for or following the event (Key = organisation number).</summary>
    EventSupplier,
    /// <summary>The joined members of a consortium, except the municipality the event is about (Key = consortium id).</summary>
    ConsortiumMembers,
    /// <summary>The lead of a consortium (Key = consortium id).</summary>
    ConsortiumLead,
    /// <summary>Every supplier the answer was distributed to (Key = consortium id).</summary>
    AnswerRecipients,
}

/// <summary>
/// A notice derived from one live event: what happened, to whom it may go, and the facts the e-mail shows.
/// Its id is the live event's id, which makes every later step idempotent.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.Notice")]
public sealed record Notice
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public NoticeKind Kind { get; init; }
    [Id(2)] public AudienceKind Audience { get; init; }
    [Id(3)] public required string AudienceKey { get; init; }
    [Id(4)] public DateTimeOffset OccurredAt { get; init; }
    /// <summary>Facts for the template (camelCase names, strings), filled from the event and enriched before sending.</summary>
    [Id(5)] public required IReadOnlyDictionary<string, string> Fields { get; init; }
    /// <summary>Path of the page in the web app, e.g. /kommune/samarbeid/{id}.</summary>
    [Id(6)] public required string LinkPath { get; init; }

    public string? Field(string name) => Fields.TryGetValue(name, out var v) ? v : null;
}
