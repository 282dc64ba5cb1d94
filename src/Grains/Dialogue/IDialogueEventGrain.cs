using Orleans.Concurrency;
using Samspill.Grains.Common;

namespace Samspill.Grains.Dialogue;

/// <summary>A dialogue event, keyed by its id. Every method checks the caller carried with the call.</summary>
[RequiresCaller]
public interface IDialogueEventGrain : IGrainWithStringKey
{
    /// <summary>The event (public once announced), or null when there is none. A pure read, so it may interleave.</summary>
    [AlwaysInterleave]
    Task<DialogueEventView?> GetView();

    /// <summary>The calling supplier registers, or updates its registration (REGISTRATION_WINDOW).</summary>
    Task<RegistrationRecord> Register(int attendees);
    Task<RegistrationRecord> CancelRegistration();

    /// <summary>Consortium members and programme staff get every registration, a supplier its own, others none.</summary>
    Task<IReadOnlyList<RegistrationRecord>> GetRegistrations();
}

/// <summary>The event's side of steps its consortium drives; idempotent, called only by grains.</summary>
public interface IDialogueEventLedgerGrain : IGrainWithStringKey
{
    /// <summary>Creates the event from the consortium's draft and fans the announcement out; a repeat changes nothing.</summary>
    Task Create(DialogueEventDraft draft);

    /// <summary>Cancels the event and tells its followers and registered suppliers; a repeat changes nothing.</summary>
    Task Cancel(string reason);

    /// <summary>
    /// Organisation numbers with an active registration. A pure read that interleaves: the consortium asks while it
    /// may itself be waited on by this event (a member reading registrations), which must not deadlock.
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> ActiveRegistrants();
}

/// <summary>
/// The list of announced events of consortia led from one county (keyed by <see cref="Common.DirectoryShards"/>), kept by
/// the event grains; public. <see cref="DialogueEventDirectory"/> reads every shard.
/// </summary>
public interface IDialogueEventDirectoryGrain : IGrainWithIntegerKey
{
    Task Upsert(DialogueEventSummary summary);
    [AlwaysInterleave]
    Task<IReadOnlyList<DialogueEventSummary>> List();

    /// <summary>Completes once the search index has taken every entry this directory acknowledged (tests and the bench wait on it).</summary>
    [AlwaysInterleave]
    Task Indexed();
}
