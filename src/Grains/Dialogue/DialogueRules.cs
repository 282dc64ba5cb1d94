using Samspill.Grains.Common;
using Samspill.Grains.Consortia;

namespace Samspill.Grains.Dialogue;

/// <summary>Announcing and cancelling dialogue events, and their status: plain functions, time passed in.</summary>
public static class DialogueRules
{
    public const int MaxCapacity = 10_000;
    /// <summary>How far ahead an event may be announced.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(3 * 366);
    /// <summary>The longest an event may last.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(31);

    /// <summary>A dialogue makes sense while the need is clarified and during the market dialogue (DIALOGUE_WINDOW).</summary>
    public static bool CanAnnounceIn(ConsortiumPhase phase) => phase is ConsortiumPhase.NeedsClarification or ConsortiumPhase.MarketDialogue;

    /// <summary>Checks who announces (LEAD_ONLY), what (VALIDATION_FAILED) and when (DIALOGUE_WINDOW); returns the clean announcement.</summary>
    public static AnnounceDialogueEventCommand Announce(ConsortiumState s, Caller caller, AnnounceDialogueEventCommand command, DateTimeOffset now)
    {
        ConsortiumRules.RequireLead(s, caller);
        var valid = Validate(command, now);
        if (!CanAnnounceIn(s.Phase))
            throw DomainException.Violation(Rules.DialogueWindow,
                $"Dialogue events are announced in NEEDS_CLARIFICATION or MARKET_DIALOGUE; the consortium is {ConsortiumRules.PhaseName(s.Phase)}.");
        return valid;
    }

    public static AnnounceDialogueEventCommand Validate(AnnounceDialogueEventCommand c, DateTimeOffset now)
    {
        var title = TextInput.Line("title", c.Title, 3, 200);
        var description = TextInput.Required("description", c.Description, 0, 10_000);
        var location = TextInput.OptionalLine("location", c.Location, 500);
        if (!Enum.IsDefined(c.Kind)) throw DomainException.Invalid("kind", "kind must be CONFERENCE, ONE_TO_ONE_MEETINGS or WEBINAR.");
        if (c.StartsAt <= now) throw DomainException.Invalid("startsAt", "startsAt must be in the future.");
        if (c.StartsAt > now + Horizon) throw DomainException.Invalid("startsAt", "startsAt must be within three years.");
        if (c.EndsAt <= c.StartsAt) throw DomainException.Invalid("endsAt", "endsAt must be after startsAt.");
        if (c.EndsAt - c.StartsAt > MaxDuration) throw DomainException.Invalid("endsAt", "An event lasts at most 31 days.");
        if (c.RegistrationDeadline > c.StartsAt) throw DomainException.Invalid("registrationDeadline", "registrationDeadline must not be after startsAt.");
        if (c.RegistrationDeadline <= now) throw DomainException.Invalid("registrationDeadline", "registrationDeadline must be in the future.");
        if (c.Capacity is < 1 or > MaxCapacity) throw DomainException.Invalid("capacity", $"capacity must be between 1 and {MaxCapacity} attendees, or left out.");
        return c with { Title = title, Description = description, Location = string.IsNullOrEmpty(location) ? null : location };
    }

    /// <summary>Checks a cancellation: the lead, of an event this consortium announced, with a reason; returns the reason.</summary>
    public static string CheckCancel(ConsortiumState s, Caller caller, string eventId, string? reason)
    {
        ConsortiumRules.RequireLead(s, caller);
        if (!s.AnnouncedEventIds.Contains(eventId) && !s.PendingAnnouncements.ContainsKey(eventId))
            throw DomainException.NotFound("The dialogue event");
        return TextInput.Required("reason", reason, 3, 2_000);
    }

    public const string ConsortiumCancelledReason = "The consortium was cancelled.";

    /// <summary>Announced events not yet cancelled: called off when the consortium is cancelled.</summary>
    public static IReadOnlyList<string> OpenEvents(ConsortiumState s) =>
        s.AnnouncedEventIds.Where(e => !s.CancelledEventIds.Contains(e)).Order(StringComparer.Ordinal).ToList();

    /// <summary>An event can be cancelled until it has been held; cancelling twice changes nothing (false).</summary>
    public static bool Cancel(DialogueEventState s, string reason, DateTimeOffset now)
    {
        if (s.Cancelled) return false;
        if (Status(s, now) == DialogueEventStatus.Held)
            throw DomainException.Violation(Rules.RegistrationWindow, "The event has already been held; it can no longer be cancelled.");
        s.Cancelled = true;
        s.CancelReason = reason;
        s.CancelledAt = now;
        return true;
    }

    /// <summary>ANNOUNCED until the registration deadline, REGISTRATION_CLOSED until it ends, then HELD; or CANCELLED.</summary>
    public static DialogueEventStatus Status(DialogueEventState s, DateTimeOffset now) =>
        s.Cancelled ? DialogueEventStatus.Cancelled
        : now >= s.Event!.EndsAt ? DialogueEventStatus.Held
        : now >= s.Event.RegistrationDeadline ? DialogueEventStatus.RegistrationClosed
        : DialogueEventStatus.Announced;

    /// <summary>The contract's spelling of a kind.</summary>
    public static string KindName(DialogueEventKind kind) => ContractNames.Of(kind);
}
