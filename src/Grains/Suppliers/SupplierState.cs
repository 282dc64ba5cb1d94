using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;

namespace Samspill.Grains.Suppliers;

/// <summary>Stored state of a supplier.</summary>
[GenerateSerializer, Alias("Samspill.SupplierState")]
public sealed class SupplierState
{
    [Id(0)] public bool Registered { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(3)] public List<FollowRecord> Follows { get; set; } = [];
    /// <summary>Copies of its registrations, pushed by the event grains (event id → latest).</summary>
    [Id(4)] public Dictionary<string, RegistrationRecord> Registrations { get; set; } = [];
    /// <summary>Follow changes the follower indexes have not confirmed yet (resumed after a crash).</summary>
    [Id(5)] public List<FollowIndexChange> PendingIndex { get; set; } = [];
    [Id(6)] public List<LiveEventDraft> Outbox { get; set; } = [];
}
