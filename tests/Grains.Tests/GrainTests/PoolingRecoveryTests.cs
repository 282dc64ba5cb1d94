using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Live;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.GrainTests;

/// <summary>
/// Pooling writes twice, in two grains (the need's municipality, then the consortium). A crash between the writes
/// must not leave the two disagreeing once the consortium is active again, and retries must not pool twice.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PoolingRecoveryTests(ClusterFixture fx)
{
    private const long Value = 1_700_000;

    [Theory]
    [InlineData(FaultPoints.PoolIntentStored, false)]
    [InlineData(FaultPoints.PoolNeedMarked, true)]
    public async Task Pooling_completes_on_reactivation_after_a_crash_between_its_writes(string faultPoint, bool markedBeforeCrash)
    {
        var lead = Kommuner.Next();
        var need = await fx.PublishNeed(lead, Value);
        var id = await fx.CreateConsortium(lead);

        await CrashWhilePooling(id, lead, need.Id, faultPoint);

        // The crash happened where it was meant to: the municipality was told, or not yet.
        var meanwhile = (await fx.Own(lead, g => g.GetNeed(need.Id)))!;
        Assert.Equal(markedBeforeCrash ? id : null, meanwhile.ConsortiumId);

        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(lead));

        // No second PoolNeed: waking the consortium finishes what it had stored the intent for.
        await AssertPooledOnce(id, lead, need);

        // A repeated request is a no-op: one pooled need, its value counted once, one event.
        var again = await fx.Consortium(id, lead, g => g.PoolNeed(need.Id));
        Assert.Single(again.PooledNeeds);
        Assert.Equal(Value, again.CombinedEstimatedValueNok);
        await AssertPooledOnce(id, lead, need);

        // What the resumed consortium recorded is stored, not just held in memory.
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));
        await fx.Restart(fx.Client.GetGrain<IMunicipalityGrain>(lead));
        await AssertPooledOnce(id, lead, need);
    }

    [Theory]
    [InlineData(FaultPoints.PoolIntentStored)]
    [InlineData(FaultPoints.PoolNeedMarked)]
    public async Task A_retry_by_the_user_after_the_crash_pools_the_need_once(string faultPoint)
    {
        var lead = Kommuner.Next();
        var member = Kommuner.Next();
        var leadNeed = await fx.PublishNeed(lead, 500_000);
        var id = await fx.CreateConsortium(lead, leadNeed.Id);
        await fx.Join(id, lead, member);
        var need = await fx.PublishNeed(member, Value);

        await CrashWhilePooling(id, member, need.Id, faultPoint);
        var view = await fx.Consortium(id, member, g => g.PoolNeed(need.Id));

        Assert.Equal([leadNeed.Id, need.Id], view.PooledNeeds.Select(n => n.NeedId));
        Assert.Equal(500_000 + Value, view.CombinedEstimatedValueNok);
        var stored = (await fx.Own(member, g => g.GetNeed(need.Id)))!;
        Assert.Equal((id, NeedStage.InConsortium), (stored.ConsortiumId, stored.Stage));
        Assert.Equal(2, fx.Broadcaster.Sent(LiveTopics.Consortium(id)).Count(e => e.Type == "NeedPooled"));
    }

    [Fact]
    public async Task Creating_with_a_need_survives_a_crash_before_the_need_is_marked()
    {
        var lead = Kommuner.Next();
        var need = await fx.PublishNeed(lead, Value);
        var id = $"c-{Guid.NewGuid():N}";

        fx.Faults.Arm(FaultPoints.PoolIntentStored);
        await AssertCrashes(() => fx.Consortium(id, lead, g => g.Create("Joint platform", "", need.Id)));
        await fx.Restart(fx.Client.GetGrain<IConsortiumGrain>(id));

        await AssertPooledOnce(id, lead, need);
    }

    private async Task CrashWhilePooling(string id, string municipality, string needId, string faultPoint)
    {
        fx.Faults.Arm(faultPoint);
        await AssertCrashes(() => fx.Consortium(id, municipality, g => g.PoolNeed(needId)));
    }

    private static async Task AssertCrashes(Func<Task> call)
    {
        var ex = await Assert.ThrowsAnyAsync<Exception>(call);
        Assert.Contains("Simulated crash", ex.Message);
    }

    private async Task AssertPooledOnce(string id, string municipality, NeedRecord need)
    {
        var view = (await fx.Consortium(id, municipality, g => g.GetView()))!;
        var pooled = Assert.Single(view.PooledNeeds, n => n.NeedId == need.Id);
        Assert.Equal(municipality, pooled.Municipality);
        Assert.Equal(view.PooledNeeds.Sum(n => n.EstimatedValueNok), view.CombinedEstimatedValueNok);
        Assert.Equal(Value, pooled.EstimatedValueNok);

        var stored = (await fx.Own(municipality, g => g.GetNeed(need.Id)))!;
        Assert.Equal((id, NeedStage.InConsortium, NeedStage.Identified), (stored.ConsortiumId, stored.Stage, stored.StageBeforePooling));
        Assert.Single(fx.Broadcaster.Sent(LiveTopics.Consortium(id)), e => e.Type == "NeedPooled" && e.DataJson.Contains(need.Id));
    }
}
