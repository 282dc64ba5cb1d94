using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
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
    public async Task An_anonymous_caller_that_is_attached_may_read_public_data()
    {
        var view = await fx.As(Callers.Anonymous).GetGrain<IConsortiumGrain>("never-created").GetView();
        Assert.Null(view);
    }
}
