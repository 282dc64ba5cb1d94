using Samspill.Grains.Common;
using Samspill.Grains.Suppliers;

namespace Samspill.Grains.Dialogue;

/// <summary>The kinds of dialogue event (contract DialogueEventKind).</summary>
public enum DialogueEventKind { Conference, OneToOneMeetings, Webinar }

/// <summary>Where an event stands; everything but CANCELLED follows from the clock (contract DialogueEventStatus).</summary>
public enum DialogueEventStatus { Announced, RegistrationClosed, Held, Cancelled }

/// <summary>What the lead asks to announce, as the gateway passes it on (validated by <see cref="DialogueRules"/>).</summary>
[GenerateSerializer, Immutable, Alias("Samspill.AnnounceDialogueEventCommand")]
public sealed record AnnounceDialogueEventCommand
{
    [Id(0)] public string? Title { get; init; }
    [Id(1)] public string? Description { get; init; }
    [Id(2)] public DialogueEventKind Kind { get; init; }
    [Id(3)] public DateTimeOffset StartsAt { get; init; }
    [Id(4)] public DateTimeOffset EndsAt { get; init; }
    [Id(5)] public string? Location { get; init; }
    [Id(6)] public DateTimeOffset RegistrationDeadline { get; init; }
    [Id(7)] public int? Capacity { get; init; }
}

/// <summary>
/// An event as the consortium hands it to its event grain: the validated announcement and the audience that hears
/// it. Stored by the consortium until the event grain has it, so the hand-over can be repeated after a crash.
/// </summary>
[GenerateSerializer, Immutable, Alias("Samspill.DialogueEventDraft")]
public sealed record DialogueEventDraft
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required string Description { get; init; }
    [Id(3)] public DialogueEventKind Kind { get; init; }
    [Id(4)] public DateTimeOffset StartsAt { get; init; }
    [Id(5)] public DateTimeOffset EndsAt { get; init; }
    [Id(6)] public string? Location { get; init; }
    [Id(7)] public DateTimeOffset RegistrationDeadline { get; init; }
    [Id(8)] public int? Capacity { get; init; }
    [Id(9)] public DateTimeOffset AnnouncedAt { get; init; }
    [Id(10)] public required DialogueAudience Audience { get; init; }
    /// <summary>The consortium's lead, whose county keeps the event's programme report; null in drafts stored before it was carried.</summary>
    [Id(11)] public string? Lead { get; init; }

    public string ConsortiumId => Audience.ConsortiumId;
}

/// <summary>One supplier's registration for one event; the supplier grain keeps a copy.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.RegistrationRecord")]
public sealed record RegistrationRecord
{
    [Id(0)] public required string EventId { get; init; }
    [Id(1)] public required string ConsortiumId { get; init; }
    [Id(2)] public required string Supplier { get; init; }
    [Id(3)] public int Attendees { get; init; }
    [Id(4)] public DateTimeOffset RegisteredAt { get; init; }
    [Id(5)] public bool Cancelled { get; init; }
    [Id(6)] public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>The event grain's version when this was written; orders the copies pushed to the supplier.</summary>
    [Id(7)] public long Version { get; init; }
}

/// <summary>An event as every caller sees it (events are public once announced); registrations are asked for separately.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.DialogueEventView")]
public sealed record DialogueEventView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string ConsortiumId { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string Description { get; init; }
    [Id(4)] public DialogueEventKind Kind { get; init; }
    [Id(5)] public DateTimeOffset StartsAt { get; init; }
    [Id(6)] public DateTimeOffset EndsAt { get; init; }
    [Id(7)] public string? Location { get; init; }
    [Id(8)] public DateTimeOffset RegistrationDeadline { get; init; }
    [Id(9)] public int? Capacity { get; init; }
    [Id(10)] public DialogueEventStatus Status { get; init; }
    [Id(11)] public int RegistrationCount { get; init; }
    [Id(12)] public int AttendeeCount { get; init; }
    [Id(13)] public DateTimeOffset AnnouncedAt { get; init; }
    [Id(14)] public string? CancelReason { get; init; }
    [Id(15)] public DateTimeOffset? CancelledAt { get; init; }
    [Id(16)] public required IReadOnlyList<string> Cpv { get; init; }
}

/// <summary>What the event directory keeps of an event to list and filter without waking every event grain.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.DialogueEventSummary")]
public sealed record DialogueEventSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string ConsortiumId,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] DateTimeOffset EndsAt,
    [property: Id(4)] IReadOnlyList<string> Cpv,
    [property: Id(5)] bool Cancelled,
    [property: Id(6)] long Version,
    [property: Id(7)] string Title = "",
    [property: Id(8)] string Description = "",
    [property: Id(9)] IReadOnlyList<string>? Counties = null,
    [property: Id(10)] string? Location = null,
    [property: Id(11)] DialogueEventKind Kind = DialogueEventKind.Conference,
    [property: Id(12)] DateTimeOffset AnnouncedAt = default) : IDirectoryEntry;
