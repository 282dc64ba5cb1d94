using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Dialogue;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Suppliers;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Security;

/// <summary>The silo-wide filter: protected grain methods refuse calls that carry no caller at all.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CallerRequiredFilterTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_call_without_a_caller_is_refused_before_the_grain_runs()
    {
        RequestContext.Clear();
        var municipality = fx.Client.GetGrain<IMunicipalityGrain>("3401");
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            municipality.PublishNeed(new PublishNeedCommand { Title = "Uten avsender", Description = "d", Cpv = ["72000000-5"] }));
        Assert.Equal(ErrorCodes.Unauthenticated, ex.Code);

        RequestContext.Clear();
        var read = await Assert.ThrowsAsync<DomainException>(() => fx.Client.GetGrain<IConsortiumGrain>("no-caller").GetView());
        Assert.Equal(ErrorCodes.Unauthenticated, read.Code);

        // Nothing was written: the municipality's own user sees no need.
        var own = await fx.As(Callers.Municipality("3401")).GetGrain<IMunicipalityGrain>("3401").GetNeeds(includeWithdrawn: true);
        Assert.Empty(own);
    }

    [Fact]
    public async Task The_dialogue_s_protected_grains_refuse_calls_without_a_caller_and_change_nothing()
    {
        var org = OrgNumbers.Next();
        var calls = new Func<Task>[]
        {
            () => fx.Client.GetGrain<ISupplierGrain>(org).Register("Uten avsender AS"),
            () => fx.Client.GetGrain<ISupplierGrain>(org).Follow(FollowKind.County, "18"),
            () => fx.Client.GetGrain<IDialogueEventGrain>("no-caller").Register(1),
            () => fx.Client.GetGrain<IDialogueEventGrain>("no-caller").GetRegistrations(),
            () => fx.Client.GetGrain<IConsortiumDialogueGrain>("no-caller").AskQuestion("Hvem er jeg?"),
            () => fx.Client.GetGrain<IConsortiumDialogueGrain>("no-caller").AnnounceDialogueEvent(new AnnounceDialogueEventCommand { Title = "Uten avsender" }),
        };
        foreach (var call in calls)
        {
            RequestContext.Clear();
            Assert.Equal(ErrorCodes.Unauthenticated, (await Assert.ThrowsAsync<DomainException>(call)).Code);
        }
        Assert.Null(await fx.As(Callers.Programme).GetGrain<ISupplierGrain>(org).GetView());
    }

    [Fact]
    public async Task An_anonymous_caller_that_is_attached_may_read_public_data()
    {
        var view = await fx.As(Callers.Anonymous).GetGrain<IConsortiumGrain>("never-created").GetView();
        Assert.Null(view);
    }
}
