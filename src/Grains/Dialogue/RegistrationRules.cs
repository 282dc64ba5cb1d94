using Samspill.Grains.Common;

namespace Samspill.Grains.Dialogue;

/// <summary>REGISTRATION_WINDOW: one registration per supplier, before the deadline, while there is room.</summary>
public static class RegistrationRules
{
    public const int MaxAttendees = 100;

    public static int ActiveCount(DialogueEventState s) => s.Registrations.Values.Count(r => !r.Cancelled);
    public static int AttendeeCount(DialogueEventState s) => s.Registrations.Values.Where(r => !r.Cancelled).Sum(r => r.Attendees);

    /// <summary>Registers the supplier or updates its registration; returns null when a repeat changes nothing.</summary>
    public static RegistrationRecord? Register(DialogueEventState s, string supplier, int attendees, DateTimeOffset now)
    {
        var e = s.Event ?? throw DomainException.NotFound("The dialogue event");
        if (attendees is < 1 or > MaxAttendees)
            throw DomainException.Invalid("attendees", $"attendees must be between 1 and {MaxAttendees}.");
        if (s.Cancelled)
            throw DomainException.Violation(Rules.RegistrationWindow, "The event is cancelled.");
        if (now >= e.RegistrationDeadline)
            throw DomainException.Violation(Rules.RegistrationWindow, $"Registration closed at {e.RegistrationDeadline:u}.");
        var existing = s.Registrations.GetValueOrDefault(supplier);
        var active = existing is { Cancelled: false } ? existing : null;
        // Capacity counts attendees; the supplier's own earlier registration is replaced, not added to.
        var others = AttendeeCount(s) - (active?.Attendees ?? 0);
        if (e.Capacity is { } capacity && others + attendees > capacity)
            throw DomainException.Violation(Rules.RegistrationWindow,
                $"The event is full: {capacity - others} of {capacity} places are left.");
        if (active is not null && active.Attendees == attendees) return null;

        var record = new RegistrationRecord
        {
            EventId = e.EventId, ConsortiumId = e.ConsortiumId, Supplier = supplier, Attendees = attendees,
            RegisteredAt = active?.RegisteredAt ?? now, Cancelled = false, UpdatedAt = now, Version = s.Version + 1,
        };
        s.Registrations[supplier] = record;
        return record;
    }

    /// <summary>Cancels the supplier's registration until the event starts.</summary>
    public static RegistrationRecord Cancel(DialogueEventState s, string supplier, DateTimeOffset now)
    {
        var e = s.Event ?? throw DomainException.NotFound("The dialogue event");
        if (!s.Registrations.TryGetValue(supplier, out var existing) || existing.Cancelled)
            throw DomainException.NotFound("Your registration for this event");
        if (now >= e.StartsAt)
            throw DomainException.Violation(Rules.RegistrationWindow, "The event has started; its registrations can no longer change.");
        var record = existing with { Cancelled = true, UpdatedAt = now, Version = s.Version + 1 };
        s.Registrations[supplier] = record;
        return record;
    }
}
