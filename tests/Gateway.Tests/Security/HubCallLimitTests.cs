using Microsoft.AspNetCore.SignalR;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A host with a small budget of hub calls.</summary>
public sealed class HubLimitedSiloApp : SiloApp
{
    public const int Budget = 20;

    public HubLimitedSiloApp()
    {
        With("Limits:HubCallsPerWindow", Budget.ToString());
        With("Limits:Window", "00:10:00");
    }
}

/// <summary>Refused hub calls count toward the caller's budget, so one connection cannot probe topics without limit.</summary>
public sealed class HubCallLimitTests(HubLimitedSiloApp app) : IClassFixture<HubLimitedSiloApp>
{
    [Fact]
    public async Task Failed_subscribe_calls_count_and_then_every_call_is_rate_limited()
    {
        var token = await app.SupplierToken("974760673");
        await using var live = await app.ConnectLiveAsync(token);
        var codes = new List<string>();
        for (var i = 0; i < HubLimitedSiloApp.Budget + 5; i++)
        {
            var ex = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(live, $"consortium/{Guid.NewGuid():N}"));
            codes.Add(ex.Message.Split(':')[0]);
        }

        Assert.All(codes.Take(HubLimitedSiloApp.Budget), c => Assert.Equal("NOT_FOUND", c));
        Assert.All(codes.Skip(HubLimitedSiloApp.Budget), c => Assert.Equal("RATE_LIMITED", c));
        // A second connection of the same caller shares the budget, and an allowed topic is refused too.
        await using var again = await app.ConnectLiveAsync(token);
        var allowed = await Assert.ThrowsAsync<HubException>(() => LiveRecorder.Subscribe(again, "supplier/974760673"));
        Assert.StartsWith("RATE_LIMITED", allowed.Message);
    }
}
