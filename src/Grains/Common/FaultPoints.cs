namespace Samspill.Grains.Common;

/// <summary>
/// Named places between two writes where a test can make a grain fail as if the process died there, to prove that
/// cross-grain steps recover. Production registers <see cref="NoFaults"/>.
/// </summary>
public interface IFaultInjector
{
    void Hit(string point);
}

/// <summary>The production fault injector: never fails.</summary>
public sealed class NoFaults : IFaultInjector
{
    public void Hit(string point) { }
}

/// <summary>The fault points grains expose.</summary>
public static class FaultPoints
{
    /// <summary>The municipality has moved acknowledged need changes to their pages and not yet written its own record.</summary>
    public const string MunicipalityPagesWritten = "municipality.pages-written";

    /// <summary>An activating municipality has stored older programme entry counts on its need pages and not yet written its own record without them.</summary>
    public const string MunicipalityEntriesMoved = "municipality.entries-moved";

    /// <summary>The consortium has stored its intent to pool, the municipality has not yet been told.</summary>
    public const string PoolIntentStored = "pool.intent-stored";
    /// <summary>The municipality has marked its need pooled, the consortium has not yet recorded it.</summary>
    public const string PoolNeedMarked = "pool.need-marked";

    /// <summary>The consortium has stored an announcement, the event grain has not yet been created.</summary>
    public const string AnnouncementStored = "announce.stored";
    /// <summary>The event grain exists, the consortium has not yet recorded the event as announced.</summary>
    public const string AnnouncementCreated = "announce.created";
    /// <summary>The event grain has stored a notice for its followers and not yet sent it.</summary>
    public const string FanOutPending = "announce.fan-out-pending";
    /// <summary>The question's page has stored a new question, the consortium has not yet confirmed it by its count.</summary>
    public const string QuestionPageStored = "question.page-stored";
    /// <summary>The question's page has stored the answer, the consortium has not yet published it.</summary>
    public const string AnswerPageStored = "answer.page-stored";
    /// <summary>The consortium has stored a published answer, the suppliers have not yet been sent it.</summary>
    public const string AnswerStored = "answer.stored";

    /// <summary>A municipality has stored a change; its events and the copies other grains keep are not yet updated.</summary>
    public const string MunicipalityWritten = "municipality.written";
    /// <summary>A consortium has stored a change; its events and the copies other grains keep are not yet updated.</summary>
    public const string ConsortiumWritten = "consortium.written";
    /// <summary>A dialogue event has stored a change; the directory and the programme figures are not yet updated.</summary>
    public const string DialogueEventWritten = "dialogue-event.written";

    /// <summary>A county's need feed has queued changes and answered their municipalities; none is indexed or searched yet.</summary>
    public const string FeedQueued = "feed.queued";

    /// <summary>A directory has stored an entry and acknowledged it; the search index has not yet taken it.</summary>
    public const string IndexHandOff = "index.hand-off";

    /// <summary>A topic's notice inbox has stored new notices; nobody has been resolved or mailed yet.</summary>
    public const string NoticeStored = "notice.stored";
    /// <summary>A notice's recipients are stored; none has been mailed yet.</summary>
    public const string NoticeResolved = "notice.resolved";
    /// <summary>A notice's due copies are stored as "sending"; their SMTP session has not begun.</summary>
    public const string NoticeSending = "notice.sending";
}
