namespace Samspill.Grains.Notifications;

/// <summary>The kinds of notice a person can choose how to receive (contract enum NoticeKind).</summary>
public enum NoticeKind
{
    // Municipality people.
    Invitation,
    MembershipChange,
    PhaseChange,
    QuestionWaiting,
    PartnerSuggestion,
    // Supplier people.
    Announcement,
    Answer,
    EventChange,
    RegistrationDeadline,
}

/// <summary>How a person wants one kind of notice.</summary>
public enum NoticeDelivery { Immediately, DailyDigest, Never }

/// <summary>Where a person's e-mail address came from.</summary>
public enum EmailSource { None, Token, Confirmed }
