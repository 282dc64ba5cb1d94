using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Samspill.Grains;
using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Gateway.Tests.Infrastructure;

namespace Samspill.Gateway.Tests.Ocds;

/// <summary>
/// Announcing a dialogue event belongs to the dialogue work, which is not on this branch yet. Until it is, a test
/// marks a consortium as announced the way a stored announcement would: it adds the event id to the consortium's
/// stored state (with a new version, so the directory picks it up) and has idle grains collected so it reloads.
/// Once announceDialogueEvent exists, tests should announce through GraphQL instead.
/// </summary>
public static class AnnouncedConsortia
{
    public static async Task MarkAnnouncedAsync(SiloApp app, string consortiumId, string eventId)
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var storage = app.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        var grain = grains.GetGrain<IConsortiumGrain>(consortiumId);

        var stored = new GrainState<ConsortiumState>();
        await storage.ReadStateAsync("consortium", grain.GetGrainId(), stored);
        Assert.True(stored.State is { Created: true }, $"consortium {consortiumId} is not stored");
        stored.State.AnnouncedEventIds.Add(eventId);
        stored.State.Version++;
        await storage.WriteStateAsync("consortium", grain.GetGrainId(), stored);

        await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        // The next call activates it from storage; activation refreshes the directory's copy.
        CallerContext.Set(Caller.Anonymous);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await grain.GetView() is { DialogueEventIds.Count: > 0 }) return;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"consortium {consortiumId} did not reload as announced");
    }
}
