namespace Samspill.Grains.Dialogue;

/// <summary>
/// The two moments a dialogue event tells its topics about, each once: registration has closed, and the event has
/// ended. Nothing is told for a cancelled event. Plain functions of the state and the time.
/// </summary>
public static class TimedNoticeRules
{
    public const string RegistrationClosed = "registration-closed";
    public const string Ended = "ended";

    /// <summary>Every timed notice an event has, told or not, with when it falls due.</summary>
    public static IReadOnlyList<(string Notice, DateTimeOffset DueAt)> All(DialogueEventState s) =>
        s.Event is not { } e ? [] : [(RegistrationClosed, e.RegistrationDeadline), (Ended, e.EndsAt)];

    /// <summary>Notices still to tell, due or not: none once the event is cancelled.</summary>
    public static IReadOnlyList<(string Notice, DateTimeOffset DueAt)> Untold(DialogueEventState s) =>
        s.Cancelled ? [] : All(s).Where(n => !s.TimedNoticesTold.Contains(n.Notice)).ToList();

    /// <summary>Notices to tell now: due and untold. Marks them told, so a second call (or a retry) finds none.</summary>
    public static IReadOnlyList<string> TakeDue(DialogueEventState s, DateTimeOffset now)
    {
        var due = Untold(s).Where(n => now >= n.DueAt).Select(n => n.Notice).ToList();
        s.TimedNoticesTold.UnionWith(due);
        return due;
    }

    /// <summary>The live event type of a notice (contract live.md).</summary>
    public static string EventType(string notice) => notice switch
    {
        RegistrationClosed => "DialogueEventRegistrationClosed",
        Ended => "DialogueEventEnded",
        _ => throw new ArgumentOutOfRangeException(nameof(notice), notice, "Not a timed notice."),
    };
}
