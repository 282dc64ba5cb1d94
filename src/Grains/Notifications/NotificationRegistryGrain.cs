using Samspill.Grains.Common;
namespace Samspill.Grains.Notifications;

/// <summary>Stored state of the registry: inboxes with pending mail, people with a digest and when it is due.</summary>
[GenerateSerializer, Alias("Samspill.NotificationRegistryState")]
public sealed class NotificationRegistryState
{
    [Id(0)] public HashSet<string> Inboxes { get; set; } = [];
    [Id(1)] public Dictionary<string, DateTimeOffset> Digests { get; set; } = [];
}

/// <summary>
/// One grain that knows who has mail waiting. Inboxes and people register before they store pending mail and leave
/// when they have none, so after a crash the notification clock finds and wakes them and nothing stored is left
/// unsent. It never calls them itself: they call it, so no call cycle can form.
/// </summary>
public sealed class NotificationRegistryGrain(
    [PersistentState("notification-registry", StorageNames.Default)] IPersistentState<NotificationRegistryState> state)
    : Grain, INotificationRegistryGrain
{
    async Task INotificationRegistryGrain.InboxPending(string topic)
    {
        if (state.State.Inboxes.Add(topic)) await state.CommitAsync(this);
    }

    async Task INotificationRegistryGrain.InboxIdle(string topic)
    {
        if (state.State.Inboxes.Remove(topic)) await state.CommitAsync(this);
    }

    async Task INotificationRegistryGrain.DigestPending(string personId, DateTimeOffset dueAt)
    {
        if (state.State.Digests.TryGetValue(personId, out var known) && known == dueAt) return;
        state.State.Digests[personId] = dueAt;
        await state.CommitAsync(this);
    }

    async Task INotificationRegistryGrain.DigestIdle(string personId)
    {
        if (state.State.Digests.Remove(personId)) await state.CommitAsync(this);
    }

    Task<DueWork> INotificationRegistryGrain.Due(DateTimeOffset now) => Task.FromResult(new DueWork(
        state.State.Inboxes.Order(StringComparer.Ordinal).ToList(),
        state.State.Digests.Where(d => d.Value <= now).Select(d => d.Key).Order(StringComparer.Ordinal).ToList()));
}

/// <summary>What the notification clock should wake: inboxes with pending mail, people whose digest is due.</summary>
[GenerateSerializer, Immutable, Alias("Samspill.DueWork")]
public sealed record DueWork([property: Id(0)] IReadOnlyList<string> Inboxes, [property: Id(1)] IReadOnlyList<string> Digests);
