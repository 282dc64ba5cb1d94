namespace Samspill.Grains.Dialogue;

/// <summary>
/// The moments a dialogue event tells about, each once: the day before registration closes (a reminder to the
/// suppliers it concerns), registration has closed, and the event has ended. Nothing is told for a cancelled event.
/// Plain functions of the state and the time.
/// </summary>
public static class TimedNoticeRules
{
    public const string DeadlineReminder = "registration-deadline-reminder";
    public const string RegistrationClosed = "registration-closed";
    public const string Ended = "ended";

    /// <summary>How long before the registration deadline the reminder goes out.</summary>
    public static readonly TimeSpan ReminderLead = TimeSpan.FromDays(1);

    /// <summary>
    /// Every timed notice an event has, told or not, with when it falls due. An event announced less than a day before
    /// its deadline has no reminder: the announcement itself is the news.
    /// </summary>
    public static IReadOnlyList<(string Notice, DateTimeOffset DueAt)> All(DialogueEventState s)
    {
        if (s.Event is not { } e) return [];
        var reminderAt = e.RegistrationDeadline - ReminderLead;
        return reminderAt > e.AnnouncedAt
            ? [(DeadlineReminder, reminderAt), (RegistrationClosed, e.RegistrationDeadline), (Ended, e.EndsAt)]
            : [(RegistrationClosed, e.RegistrationDeadline), (Ended, e.EndsAt)];
    }

    /// <summary>Notices still to tell, due or not: none once the event is cancelled.</summary>
    public static IReadOnlyList<(string Notice, DateTimeOffset DueAt)> Untold(DialogueEventState s) =>
        s.Cancelled ? [] : All(s).Where(n => !s.TimedNoticesTold.Contains(n.Notice)).ToList();

    /// <summary>
    /// Notices to tell now: due and untold. Marks them told, so a second call (or a retry) finds none. A reminder
    /// whose deadline has already passed (the silo was down through it) is marked told but not told: it would be wrong.
    /// </summary>
    public static IReadOnlyList<string> TakeDue(DialogueEventState s, DateTimeOffset now)
    {
        var due = Untold(s).Where(n => now >= n.DueAt).Select(n => n.Notice).ToList();
        s.TimedNoticesTold.UnionWith(due);
        return due.Where(n => n != DeadlineReminder || now < s.Event!.RegistrationDeadline).ToList();
    }

    /// <summary>True for the notice that goes to the suppliers' own topics rather than the event's and consortium's.</summary>
    public static bool ToSuppliers(string notice) => notice == DeadlineReminder;

    /// <summary>The live event type of a notice (contract live.md; the reminder is an addition on supplier topics).</summary>
    public static string EventType(string notice) => notice switch
    {
        DeadlineReminder => "DialogueEventRegistrationDeadlineSoon",
        RegistrationClosed => "DialogueEventRegistrationClosed",
        Ended => "DialogueEventEnded",
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, "Not a timed notice."),
    };
}
