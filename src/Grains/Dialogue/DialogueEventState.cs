using Samspill.Grains.Live;

namespace Samspill.Grains.Dialogue;

/// <summary>Stored state of a dialogue event.</summary>
[GenerateSerializer, Alias("Samspill.DialogueEventState")]
public sealed class DialogueEventState
{
    [Id(0)] public DialogueEventDraft? Event { get; set; }
    [Id(1)] public bool Cancelled { get; set; }
    [Id(2)] public string? CancelReason { get; set; }
    [Id(3)] public DateTimeOffset? CancelledAt { get; set; }
    /// <summary>Supplier organisation number → its registration (cancelled ones kept, flagged).</summary>
    [Id(4)] public Dictionary<string, RegistrationRecord> Registrations { get; set; } = [];
    [Id(5)] public long Version { get; set; }
    [Id(6)] public List<LiveEventDraft> Outbox { get; set; } = [];
    /// <summary>Notices ("announced", "cancelled") not yet fanned out to the followers' supplier topics.</summary>
    [Id(7)] public List<string> PendingFanOut { get; set; } = [];
    /// <summary>Suppliers whose copy of their registration may be stale.</summary>
    [Id(8)] public HashSet<string> UnsyncedSuppliers { get; set; } = [];
    /// <summary>How many suppliers each notice reached, for the record.</summary>
    [Id(9)] public Dictionary<string, int> FannedOut { get; set; } = [];
    /// <summary>Timed notices ("registration-closed", "ended") already told to the topics; each is told once.</summary>
    [Id(10)] public HashSet<string> TimedNoticesTold { get; set; } = [];

    public bool Created => Event is not null;
}
