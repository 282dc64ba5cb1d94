using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SmokeTests(ClusterFixture fx)
{
    [Fact]
    public async Task A_municipality_publishes_a_need_and_another_cannot()
    {
        var grain = fx.As(Callers.Municipality("5001")).GetGrain<IMunicipalityGrain>("5001");
        var need = await grain.PublishNeed(new PublishNeedCommand { Title = "Velferdsteknologi", Description = "d", Cpv = ["72000000-5"] });
        Assert.StartsWith("5001-", need.Id);

        var other = fx.As(Callers.Municipality("0301")).GetGrain<IMunicipalityGrain>("5001");
        var ex = await Assert.ThrowsAsync<Samspill.Grains.Common.DomainException>(() =>
            other.PublishNeed(new PublishNeedCommand { Title = "Forged", Description = "d", Cpv = ["72000000-5"] }));
        Assert.Equal("FORBIDDEN", ex.Code);
    }
}
