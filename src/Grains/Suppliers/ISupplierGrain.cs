using Orleans.Concurrency;
using Samspill.Grains.Common;
using Samspill.Grains.Dialogue;

namespace Samspill.Grains.Suppliers;

/// <summary>A supplier, keyed by organisation number. Every method checks the caller carried with the call.</summary>
[RequiresCaller]
public interface ISupplierGrain : IGrainWithStringKey
{
    Task<SupplierView> Register(string name);
    Task<SupplierView> Follow(FollowKind kind, string value);
    Task<SupplierView> Unfollow(FollowKind kind, string value);

    /// <summary>
    /// The supplier as the caller may see it: itself and programme staff everything, municipality users its name
    /// (they meet it in registrations), other suppliers and anonymous callers nothing (null).
    /// </summary>
    Task<SupplierView?> GetView();
}

/// <summary>The supplier's side of steps other grains drive; idempotent, called only by grains.</summary>
public interface ISupplierLedgerGrain : IGrainWithStringKey
{
    /// <summary>A pure read that interleaves: a consortium asks while the supplier may be waiting on that consortium.</summary>
    [AlwaysInterleave]
    Task<bool> IsRegistered();

    /// <summary>Keeps the supplier's copy of one registration; older versions are ignored.</summary>
    Task SyncRegistration(RegistrationRecord registration);
}

/// <summary>
/// Followers of one index key (a CPV division, a consortium, a municipality or a county), kept by the supplier
/// grains on follow/unfollow so an announcement asks a few indexes instead of every supplier.
/// </summary>
public interface IFollowerIndexGrain : IGrainWithStringKey
{
    Task Add(string orgNumber, FollowKind kind, string value);
    Task Remove(string orgNumber, FollowKind kind, string value);

    /// <summary>Organisation numbers whose follows in this index cover the audience.</summary>
    Task<IReadOnlyList<string>> Followers(DialogueAudience audience);
}
