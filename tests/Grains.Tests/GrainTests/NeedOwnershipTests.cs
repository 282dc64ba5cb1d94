using Samspill.Grains.Common;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>A municipality's needs change only at the hands of its own users, checked inside the grain.</summary>
[Collection(ClusterCollection.Name)]
public sealed class NeedOwnershipTests(ClusterFixture fx)
{
    private static readonly PublishNeedCommand Forged = new() { Title = "Forged need", Description = "", Cpv = ["72000000-5"] };

    private Task<T> OnGrainOf<T>(string owner, Caller caller, Func<IMunicipalityGrain, Task<T>> call) =>
        fx.As(caller, c => call(c.GetGrain<IMunicipalityGrain>(owner)));

    [Fact]
    public async Task Another_municipality_cannot_publish_update_or_withdraw_and_nothing_changes()
    {
        var owner = Kommuner.Next();
        var intruder = Callers.Municipality(Kommuner.Next());
        var need = await fx.PublishNeed(owner);
        var needsBefore = Refused.Snapshot(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: true)));
        var eventsBefore = fx.Broadcaster.Sent(LiveTopics.Municipality(owner)).Count;

        await Refused.With(ErrorCodes.Forbidden, () => OnGrainOf(owner, intruder, g => g.PublishNeed(Forged)));
        await Refused.With(ErrorCodes.Forbidden, () => OnGrainOf(owner, intruder, g => g.UpdateNeed(new UpdateNeedCommand { Id = need.Id, Title = "Hijacked" })));
        await Refused.With(ErrorCodes.Forbidden, () => OnGrainOf(owner, intruder, g => g.WithdrawNeed(need.Id)));
        await Refused.With(ErrorCodes.Forbidden, () => OnGrainOf(owner, intruder, g => g.ReportProcurementStatistics(2024, 10, 1)));

        Assert.Equal(needsBefore, Refused.Snapshot(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: true))));
        Assert.Empty(await fx.Own(owner, g => g.GetStatistics()));
        Assert.Equal(eventsBefore, fx.Broadcaster.Sent(LiveTopics.Municipality(owner)).Count);
    }

    [Fact]
    public async Task Suppliers_programme_staff_and_anonymous_callers_cannot_change_needs()
    {
        var owner = Kommuner.Next();
        var need = await fx.PublishNeed(owner);
        var before = Refused.Snapshot(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: true)));

        foreach (var (caller, code) in new[]
                 {
                     (Callers.Supplier("923609016"), ErrorCodes.Forbidden),
                     (Callers.Programme, ErrorCodes.Forbidden),
                     (Callers.Anonymous, ErrorCodes.Unauthenticated),
                 })
        {
            await Refused.With(code, () => OnGrainOf(owner, caller, g => g.PublishNeed(Forged)));
            await Refused.With(code, () => OnGrainOf(owner, caller, g => g.UpdateNeed(new UpdateNeedCommand { Id = need.Id, Title = "Hijacked" })));
            await Refused.With(code, () => OnGrainOf(owner, caller, g => g.WithdrawNeed(need.Id)));
        }

        Assert.Equal(before, Refused.Snapshot(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: true))));
    }

    [Fact]
    public async Task A_municipality_cannot_reach_another_municipalitys_need_through_its_own_grain()
    {
        var owner = Kommuner.Next();
        var other = Kommuner.Next();
        var need = await fx.PublishNeed(owner);

        await Refused.With(ErrorCodes.NotFound, () => fx.Own(other, g => g.UpdateNeed(new UpdateNeedCommand { Id = need.Id, Title = "Hijacked" })));
        await Refused.With(ErrorCodes.NotFound, () => fx.Own(other, g => g.WithdrawNeed(need.Id)));

        Assert.Equal(need.Title, (await fx.Own(owner, g => g.GetNeed(need.Id)))!.Title);
    }

    [Fact]
    public async Task A_refused_publication_stores_nothing()
    {
        var owner = Kommuner.Next();
        await Refused.With(ErrorCodes.ValidationFailed, () => fx.Own(owner, g => g.PublishNeed(Forged with { Cpv = ["72000000-4"] })), Rules.ValidIdentifiers);
        await Refused.With(ErrorCodes.ValidationFailed, () => fx.Own(owner, g => g.PublishNeed(Forged with { Title = "x" })));

        Assert.Empty(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: true)));
        Assert.Empty(fx.Broadcaster.Sent(LiveTopics.Municipality(owner)));
    }

    [Fact]
    public async Task The_owner_publishes_updates_and_withdraws_and_each_step_is_announced()
    {
        var owner = Kommuner.Next();
        var need = await fx.PublishNeed(owner);
        var updated = await fx.Own(owner, g => g.UpdateNeed(new UpdateNeedCommand { Id = need.Id, Stage = NeedStage.Clarified }));
        Assert.Equal(NeedStage.Clarified, updated.Stage);
        var withdrawn = await fx.Own(owner, g => g.WithdrawNeed(need.Id));
        Assert.Equal(NeedStage.Withdrawn, withdrawn.Stage);
        // Withdrawing again is a no-op, not a second event.
        await fx.Own(owner, g => g.WithdrawNeed(need.Id));

        Assert.Empty(await fx.Own(owner, g => g.GetNeeds(includeWithdrawn: false)));
        Assert.Equal(["NeedPublished", "NeedUpdated", "NeedWithdrawn"],
            fx.Broadcaster.Sent(LiveTopics.Municipality(owner)).Select(e => e.Type));
    }

    [Fact]
    public async Task A_private_need_is_hidden_from_other_municipalities()
    {
        var owner = Kommuner.Next();
        var other = Callers.Municipality(Kommuner.Next());
        var need = await fx.PublishNeed(owner, visibility: NeedVisibility.Private);

        Assert.Null(await OnGrainOf(owner, other, g => g.GetNeed(need.Id)));
        Assert.Empty(await OnGrainOf(owner, other, g => g.GetNeeds(includeWithdrawn: true)));
        Assert.NotNull(await fx.Own(owner, g => g.GetNeed(need.Id)));
    }
}
