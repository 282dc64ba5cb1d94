using Samspill.Grains.Common;
using Samspill.Grains.Programme;
using Samspill.Grains.Tests.Infrastructure;

namespace Samspill.Grains.Tests.Programme;

[Collection(ClusterCollection.Name)]
public sealed class ProgrammeOverviewAccessTests(ClusterFixture fx)
{
    [Fact]
    public async Task Only_programme_staff_get_the_overview()
    {
        Assert.Equal(357, (await fx.As(Callers.Programme).GetGrain<IProgrammeOverviewGrain>(0).GetOverview()).MunicipalityCount);
        foreach (var (caller, code) in new[]
                 {
                     (Callers.Municipality("5001"), ErrorCodes.Forbidden),
                     (Callers.Supplier("923609016"), ErrorCodes.Forbidden),
                     (Callers.Anonymous, ErrorCodes.Unauthenticated),
                 })
        {
            var ex = await Assert.ThrowsAsync<DomainException>(() => fx.As(caller).GetGrain<IProgrammeOverviewGrain>(0).GetOverview());
            Assert.Equal(code, ex.Code);
        }
    }
}
