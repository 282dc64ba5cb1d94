using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>Reported procurement statistics are the municipality's own and programme staff's to read; others get an empty list.</summary>
public sealed class StatisticsVisibilityTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Theory]
    [InlineData("own", true)]
    [InlineData("programme", true)]
    [InlineData("other municipality", false)]
    [InlineData("supplier", false)]
    [InlineData("anonymous", false)]
    public async Task Procurement_statistics_are_read_by_the_municipality_and_staff_only(string who, bool sees)
    {
        var own = await app.MunicipalityToken("3301");
        (await app.GraphQLAsync("mutation { reportProcurementStatistics(year: 2024, total: 50, innovative: 5) { number } }", token: own)).Ok();
        var token = who switch
        {
            "own" => own,
            "programme" => await app.ProgrammeToken(),
            "other municipality" => await app.MunicipalityToken("3303"),
            "supplier" => await app.SupplierToken("974760673"),
            _ => null,
        };
        var list = (await app.GraphQLAsync("{ municipality(number: \"3301\") { procurementStatistics { year total innovative } } }", token: token))
            .Ok()["municipality"]!["procurementStatistics"]!.AsArray();
        Assert.Equal(sees, list.Count == 1);
    }
}
