using Microsoft.Extensions.Logging;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Live;
using Samspill.Grains.ReferenceData;

namespace Samspill.Grains.Suppliers;

/// <summary>
/// A supplier: its name, what it follows and copies of its registrations. A follow is stored first and then
/// handed to its follower index (idempotently); unconfirmed index changes are resumed on activation.
/// </summary>
public sealed class SupplierGrain(
    [PersistentState("supplier", StorageNames.Default)] IPersistentState<SupplierState> state,
    ReferenceCatalog catalog,
    TimeProvider clock,
    ILogger<SupplierGrain> logger) : Grain, ISupplierGrain, ISupplierLedgerGrain, IKnowsItExists
{
    bool IKnowsItExists.Exists => state.RecordExists;

    private string Org => this.GetPrimaryKeyString();
    private SupplierState S => state.State;
    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists) await Commits.CatchUpAsync();
    }

    private WriteThenDeliver? commits;
    private WriteThenDeliver Commits => commits ??= new(this, logger, DeliverAsync);

    async Task<SupplierView> ISupplierGrain.Register(string name)
    {
        var caller = CallerContext.Current;
        if (SupplierRules.Register(S, caller, Org, name, Now))
        {
            S.Outbox.Add(LiveEventDraft.Create(LiveTopics.Supplier(Org), "SupplierRegistered", new { supplier = Org, name = S.Name }, Now));
            await CommitAsync();
        }
        return View(caller)!;
    }

    async Task<SupplierView> ISupplierGrain.Follow(FollowKind kind, string value)
    {
        var caller = CallerContext.Current;
        SupplierRules.RequireSelf(caller, Org);
        var valid = FollowRules.Validate(kind, value, catalog);
        SupplierRules.RequireRegistered(S.Registered);
        // A consortium is followed only if the supplier may see it (one that has announced a dialogue event).
        if (kind == FollowKind.Consortium && await GrainFactory.GetGrain<IConsortiumGrain>(valid).GetView() is null)
            throw DomainException.NotFound("The consortium");
        if (FollowRules.Follow(S.Follows, kind, valid, Now))
        {
            S.PendingIndex.Add(new FollowIndexChange(kind, valid, Add: true));
            await CommitAsync();
        }
        return View(caller)!;
    }

    async Task<SupplierView> ISupplierGrain.Unfollow(FollowKind kind, string value)
    {
        var caller = CallerContext.Current;
        SupplierRules.RequireSelf(caller, Org);
        var valid = FollowRules.Validate(kind, value, catalog);
        SupplierRules.RequireRegistered(S.Registered);
        if (FollowRules.Unfollow(S.Follows, kind, valid))
        {
            S.PendingIndex.Add(new FollowIndexChange(kind, valid, Add: false));
            await CommitAsync();
        }
        return View(caller)!;
    }

    Task<SupplierView?> ISupplierGrain.GetView() => Task.FromResult(View(CallerContext.Current));

    Task<bool> ISupplierLedgerGrain.IsRegistered() => Task.FromResult(S.Registered);

    async Task ISupplierLedgerGrain.SyncRegistration(RegistrationRecord registration)
    {
        if (S.Registrations.TryGetValue(registration.EventId, out var known) && known.Version >= registration.Version) return;
        S.Registrations[registration.EventId] = registration;
        await CommitAsync();
    }

    private SupplierView? View(Caller caller)
    {
        if (!S.Registered) return null;
        var full = caller.IsProgramme || caller.IsSupplier(Org);
        if (!full && caller.Role != CallerRole.Municipality) return null;
        return new SupplierView
        {
            OrgNumber = Org, Name = S.Name, RegisteredAt = S.RegisteredAt,
            Follows = full ? S.Follows.ToList() : [],
            Registrations = full ? S.Registrations.Values.OrderBy(r => r.RegisteredAt).ToList() : [],
        };
    }

    private Task CommitAsync()
    {
        return Commits.CommitAsync(() => state.WriteStateAsync());
    }

    /// <summary>Index changes in the order they were made (a follow then unfollow must end unfollowed), then events.</summary>
    private async Task DeliverAsync()
    {
        if (S.PendingIndex.Count == 0 && S.Outbox.Count == 0) return;
        foreach (var change in S.PendingIndex.ToList())
        {
            var index = GrainFactory.GetGrain<IFollowerIndexGrain>(FollowRules.IndexKey(change.Kind, change.Value));
            if (change.Add) await index.Add(Org, change.Kind, change.Value);
            else await index.Remove(Org, change.Kind, change.Value);
            S.PendingIndex.RemoveAt(0);
        }
        var outbox = S.Outbox.ToList();
        await LiveOutbox.DeliverAsync(GrainFactory, outbox);
        S.Outbox.RemoveAll(outbox.Contains);
        await state.CommitAsync(this);
    }
}
