using Samspill.Grains.Common;
using Samspill.Grains.Consortia;
using Samspill.Grains.Matching;
using Samspill.Grains.Municipalities;
using Samspill.Grains.Needs;
using Samspill.Grains.Search;

namespace Samspill.Grains.Tests.Infrastructure;

/// <summary>
/// Grain calls made as a given caller. The caller is set inside the helper's own async flow, so it never leaks into
/// the test's following calls (a grain reference does not remember who obtained it).
/// </summary>
public static class ClusterCalls
{
    public static async Task<T> As<T>(this ClusterFixture fx, Caller caller, Func<IClusterClient, Task<T>> call)
    {
        fx.As(caller);
        return await call(fx.Client);
    }

    public static async Task As(this ClusterFixture fx, Caller caller, Func<IClusterClient, Task> call)
    {
        fx.As(caller);
        await call(fx.Client);
    }

    /// <summary>Calls the grain of municipality <paramref name="number"/> as one of its own users.</summary>
    public static Task<T> Own<T>(this ClusterFixture fx, string number, Func<IMunicipalityGrain, Task<T>> call) =>
        fx.As(Callers.Municipality(number), c => call(c.GetGrain<IMunicipalityGrain>(number)));

    /// <summary>Calls consortium <paramref name="id"/> as a user of municipality <paramref name="number"/>.</summary>
    public static Task<T> Consortium<T>(this ClusterFixture fx, string id, string number, Func<IConsortiumGrain, Task<T>> call) =>
        fx.As(Callers.Municipality(number), c => call(c.GetGrain<IConsortiumGrain>(id)));

    /// <summary>
    /// Waits until the search index took what was acknowledged before (<see cref="SearchSettled"/>): the index and partner
    /// suggestions follow a change's acknowledgement, not precede it.
    /// </summary>
    public static Task Settled(this ClusterFixture fx) => SearchSettled.WaitAsync(fx.Client, TestCatalog.Instance);

    public static Task<NeedRecord> PublishNeed(this ClusterFixture fx, string number, long value = 800_000,
        string cpv = "72000000-5", ProcurementCategory category = ProcurementCategory.Services,
        NeedVisibility visibility = NeedVisibility.Municipalities) =>
        fx.Own(number, g => g.PublishNeed(new PublishNeedCommand
        {
            Title = $"Need of {number}", Description = "Digital support for home care", Cpv = [cpv],
            Category = category, EstimatedValueNok = value, Visibility = visibility,
            // Matching suggestions are pushed to other municipalities' topics; keep tests to their own topics.
            OpenToCollaboration = false,
        }));

    /// <summary>Creates a consortium led by <paramref name="lead"/> and returns its id.</summary>
    /// <summary>The title of the consortia tests create unless they name one.</summary>
    public const string ConsortiumTitle = "Joint home care platform";

    public static async Task<string> CreateConsortium(this ClusterFixture fx, string lead, string? needId = null, string title = ConsortiumTitle)
    {
        var id = $"c-{Guid.NewGuid():N}";
        await fx.Consortium(id, lead, g => g.Create(title, "Pooling home care needs", needId));
        return id;
    }

    /// <summary>The lead invites <paramref name="member"/>, who accepts.</summary>
    public static async Task Join(this ClusterFixture fx, string id, string lead, string member)
    {
        await fx.Consortium(id, lead, g => g.Invite(member, "Join us"));
        await fx.Consortium(id, member, g => g.Respond(true));
    }

    public static Task<ConsortiumView> Advance(this ClusterFixture fx, string id, string lead, ConsortiumPhase to) =>
        fx.Consortium(id, lead, g => g.Advance(to, null));
}
