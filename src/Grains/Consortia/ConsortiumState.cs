using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;

namespace Samspill.Grains.Consortia;

/// <summary>Stored state of a consortium.</summary>
[GenerateSerializer, Alias("Samspill.ConsortiumState")]
public sealed class ConsortiumState
{
    [Id(0)] public bool Created { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public string Description { get; set; } = "";
    [Id(3)] public string Lead { get; set; } = "";
    [Id(4)] public ConsortiumPhase Phase { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public List<MemberRecord> Members { get; set; } = [];
    [Id(7)] public List<PooledNeed> PooledNeeds { get; set; } = [];
    [Id(8)] public List<TimelineEntry> Timeline { get; set; } = [];
    /// <summary>Needs whose pooling was started but not yet confirmed by their municipality (need id → municipality).</summary>
    [Id(9)] public Dictionary<string, string> PendingPools { get; set; } = [];
    /// <summary>Needs taken out of the consortium whose municipality has not yet been told.</summary>
    [Id(10)] public Dictionary<string, string> PendingReleases { get; set; } = [];
    [Id(11)] public List<LiveEventDraft> Outbox { get; set; } = [];
    /// <summary>Grows with every write; orders membership copies pushed to municipalities.</summary>
    [Id(12)] public long Version { get; set; }
    /// <summary>Municipalities whose copy of their membership may be stale (pushed after each write).</summary>
    [Id(13)] public HashSet<string> UnsyncedMembers { get; set; } = [];
    [Id(14)] public HashSet<string> AnnouncedEventIds { get; set; } = [];
    /// <summary>How many questions have been asked (confirmed); numbers the next question id. The questions live in their pages.</summary>
    [Id(15)] public int QuestionCount { get; set; }
    /// <summary>Read only to move questions stored by older builds into <see cref="IConsortiumQuestionsGrain"/> pages on activation.</summary>
    [Obsolete("Questions live in IConsortiumQuestionsGrain pages; this only carries older stored states there.")]
    [Id(16)] public List<QuestionRecord> Questions { get; set; } = [];
    /// <summary>Announcements stored but not yet confirmed by their event grain (event id → draft).</summary>
    [Id(17)] public Dictionary<string, DialogueEventDraft> PendingAnnouncements { get; set; } = [];
    /// <summary>Cancellations stored but not yet confirmed by their event grain (event id → reason).</summary>
    [Id(18)] public Dictionary<string, string> PendingCancellations { get; set; } = [];
    /// <summary>Answers published here but not yet delivered to every supplier in the dialogue.</summary>
    [Id(19)] public HashSet<string> PendingAnswers { get; set; } = [];
    /// <summary>Read only to move the levelling log stored by older builds into the question pages on activation.</summary>
    [Obsolete("The levelling log lives in IConsortiumQuestionsGrain pages; this only carries older stored states there.")]
    [Id(20)] public List<AnswerDistribution> AnswerDistributions { get; set; } = [];

    /// <summary>Announced events whose cancellation this consortium has recorded (its timeline and topic have it).</summary>
    [Id(21)] public HashSet<string> CancelledEventIds { get; set; } = [];

    /// <summary>Unanswered questions per supplier (organisation number → count), for the limit on open questions.</summary>
    [Id(22)] public Dictionary<string, int> OpenQuestions { get; set; } = [];
    /// <summary>Answers accepted here but not yet confirmed by their question's page (question id → answer).</summary>
    [Id(23)] public Dictionary<string, PendingAnswer> AnswersToStore { get; set; } = [];
    /// <summary>Each supplier's last question asked with an Idempotency-Key, so a retry of it finds the question instead of asking twice.</summary>
    [Id(24)] public Dictionary<string, KeyedQuestion> LastKeyedQuestions { get; set; } = [];

    public bool HasPendingDialogue => PendingAnnouncements.Count > 0 || PendingCancellations.Count > 0 || PendingAnswers.Count > 0 || AnswersToStore.Count > 0;

    public MemberRecord? Member(string? municipality) => Members.FirstOrDefault(m => m.Municipality == municipality);
}
