using System.Net.Http.Json;
using System.Text.Json;
using Samspill.Gateway.Tests.Infrastructure;
using Samspill.Grains.Common;

namespace Samspill.Gateway.Tests.Diagnostics;

/// <summary>
/// The silo counts the grain state it serializes for writing, per state type, and Development's loopback-only
/// <c>/dev/bench/state-writes</c> tells bench/Throughput: a publish shows up as the municipality's record written.
/// </summary>
public sealed class StateWriteCountTests(SiloApp app) : IClassFixture<SiloApp>
{
    [Fact]
    public async Task A_publish_is_counted_among_the_state_written()
    {
        var token = await app.MunicipalityToken("4601");
        (await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Telt skriving\", description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }", token: token)).Ok();
        var before = await CountsAsync();
        var municipality = before.Single(s => s.State == "MunicipalityState");
        Assert.True(municipality.Writes >= 1);
        Assert.InRange(municipality.Largest, 1, municipality.Bytes);

        (await app.GraphQLAsync("mutation { publishNeed(input: { title: \"Telt skriving igjen\", description: \"d\", cpv: [\"72000000-5\"], category: SERVICES }) { id } }", token: token)).Ok();
        var after = (await CountsAsync()).Single(s => s.State == "MunicipalityState");
        Assert.True(after.Writes > municipality.Writes);
        Assert.True(after.Bytes > municipality.Bytes);
    }

    private async Task<List<StateWrites>> CountsAsync() =>
        await app.Http.GetFromJsonAsync<List<StateWrites>>("/dev/bench/state-writes", JsonSerializerOptions.Web) ?? [];
}
