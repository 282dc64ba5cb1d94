using Microsoft.Extensions.DependencyInjection;
using Samspill.Gateway.Tests.Dialogue;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Security;

/// <summary>A host whose lookup budget admits the 10,000 lookups of the test (the default would refuse them sooner).</summary>
public sealed class LookupSiloApp : SiloApp
{
    public LookupSiloApp()
    {
        With("Limits:LookupsPerWindow", "100000");
        With("Limits:PermitLimit", "10000");
        With("Limits:HubCallsPerWindow", "10000");
    }
}

/// <summary>Looking up ids that do not exist leaves no activations behind, and the per-caller lookup budget counts aliases.</summary>
public sealed class UnknownIdActivationTests(LookupSiloApp app) : IClassFixture<LookupSiloApp>
{
    private static readonly string[] Watched = ["DialogueEventGrain", "ConsortiumGrain", "SupplierGrain", "PersonGrain", "LiveTopicGrain"];

    [Fact]
    public async Task Ten_thousand_unknown_ids_leave_no_lasting_activations()
    {
        var before = await Activations();
        const int PerRequest = 50;
        for (var i = 0; i < 10_000 / PerRequest; i++)
        {
            var field = (i % 3) switch { 0 => "dialogueEvent(id: \"{0}\") {{ id }}", 1 => "consortium(id: \"{0}\") {{ id }}", _ => "supplier(orgNumber: \"{0}\") {{ orgNumber }}" };
            var query = "{ " + string.Concat(Enumerable.Range(0, PerRequest).Select(n =>
                $"a{n}: " + string.Format(field, i % 3 == 2 ? OrgNumbers.Next() : Guid.NewGuid().ToString("N")) + " ")) + "}";
            var data = (await app.GraphQLAsync(query)).Ok();
            Assert.All(data.AsObject(), p => Assert.Null(p.Value));
        }

        // Deactivation follows each call; allow the silo a moment, polling rather than timing.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        int after;
        while ((after = await Activations()) > before + 10 && DateTime.UtcNow < deadline) await Task.Delay(500);
        Assert.True(after <= before + 10, $"{after} activations of looked-up grains remain (were {before}).");
    }

    [Fact]
    public async Task Unknown_ids_through_every_other_entry_point_leave_no_lasting_activations()
    {
        var before = await Activations();
        await using var live = await app.ConnectLiveAsync(null);
        for (var i = 0; i < 400; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            // The links in e-mails work without sign-in: a person id and a token anyone can make up.
            using var unsubscribe = await app.Http.PostAsync($"/notifications/unsubscribe?person={id}&token={id}", null);
            using var confirm = await app.Http.PostAsync($"/notifications/confirm?person={id}&token={id}", null);
            using var ics = await app.Http.GetAsync($"/dialogue-events/{id}.ics");
            using var ocds = await app.Http.GetAsync($"/ocds/consortia/{id}");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, ics.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, ocds.StatusCode);
            foreach (var topic in new[] { $"consortium/{id}", $"dialogue/{id}" })
                await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => LiveRecorder.Subscribe(live, topic));
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        int after;
        while ((after = await Activations()) > before + 10 && DateTime.UtcNow < deadline) await Task.Delay(500);
        Assert.True(after <= before + 10, $"{after} activations of looked-up grains remain (were {before}).");
    }

    [Fact]
    public async Task Aliases_of_one_field_spend_the_lookup_budget()
    {
        using var small = new SiloApp().With("Limits:LookupsPerWindow", "120").With("Limits:Window", "00:10:00");
        await ((IAsyncLifetime)small).InitializeAsync();
        var query = "{ " + string.Concat(Enumerable.Range(0, 50).Select(n => $"e{n}: dialogueEvent(id: \"{Guid.NewGuid():N}\") {{ id }} ")) + "}";
        Assert.Null((await small.GraphQLAsync(query)).ErrorCode);
        Assert.Null((await small.GraphQLAsync(query)).ErrorCode);
        var third = await small.GraphQLAsync(query);
        Assert.Equal((System.Net.HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (third.Status, third.ErrorCode));
        await ((IAsyncLifetime)small).DisposeAsync();
    }

    private async Task<int> Activations()
    {
        var management = app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var stats = await management.GetSimpleGrainStatistics();
        return stats.Where(s => Watched.Any(w => s.GrainType.Contains(w, StringComparison.Ordinal))).Sum(s => s.ActivationCount);
    }
}
