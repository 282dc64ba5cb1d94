using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samspill.Grains.Dialogue;

namespace Samspill.Gateway.Calendar;

/// <summary>A dialogue event as an iCalendar (RFC 5545) file with one VEVENT.</summary>
public static class DialogueEventCalendar
{
    public const string ProductId = "-//Samspill//Dialogue events//NB";

    /// <summary>The UID is derived from the event id, so re-downloading updates the same calendar entry.</summary>
    public static string Uid(string eventId) => $"dialogue-event-{eventId}@samspill";

    public static string Render(DialogueEventView e, string? url, DateTimeOffset now)
    {
        var entry = new CalendarEvent
        {
            Uid = Uid(e.Id),
            Summary = e.Title,
            Description = string.IsNullOrWhiteSpace(e.Description) ? null : e.Description,
            Location = e.Location,
            DtStart = Utc(e.StartsAt),
            DtEnd = Utc(e.EndsAt),
            DtStamp = Utc(now),
            Created = Utc(e.AnnouncedAt),
            Status = e.Status == DialogueEventStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            // A later change (a cancellation) must win over the copy a calendar already holds.
            Sequence = e.Status == DialogueEventStatus.Cancelled ? 1 : 0,
        };
        if (url is not null) entry.Url = new Uri(url);
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.Events.Add(entry);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(DateTimeOffset value) =>
        new(DateTime.SpecifyKind(new DateTime(value.UtcDateTime.Ticks - value.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
}
